# de official: translation to come
