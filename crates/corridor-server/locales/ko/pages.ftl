# ko pages: translation to come
