# it organisations: translation to come
