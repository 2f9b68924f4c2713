# ko official: translation to come
