# de pages: translation to come
