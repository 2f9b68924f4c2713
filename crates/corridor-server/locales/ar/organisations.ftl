# ar organisations: translation to come
