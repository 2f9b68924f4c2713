# de admin: translation to come
