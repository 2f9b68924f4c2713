# ar official: translation to come
