# it official: translation to come
