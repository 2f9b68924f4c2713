# fr official: translation to come
