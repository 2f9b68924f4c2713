# ko admin: translation to come
