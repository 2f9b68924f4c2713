# ar pages: translation to come
