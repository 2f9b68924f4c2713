# ko organisations: translation to come
