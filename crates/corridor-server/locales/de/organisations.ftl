# de organisations: translation to come
