# fr pages: translation to come
