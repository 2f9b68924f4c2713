# fr organisations: translation to come
