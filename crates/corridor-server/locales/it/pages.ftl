# it pages: translation to come
