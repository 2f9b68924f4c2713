# ar admin: translation to come
