# fil official: translation to come
