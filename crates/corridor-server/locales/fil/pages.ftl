# fil pages: translation to come
