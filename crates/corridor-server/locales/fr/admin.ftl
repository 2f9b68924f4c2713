# fr admin: translation to come
