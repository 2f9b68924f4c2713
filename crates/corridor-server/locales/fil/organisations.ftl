# fil organisations: translation to come
