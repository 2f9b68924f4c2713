# it admin: translation to come
