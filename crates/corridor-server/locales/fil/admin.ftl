# fil admin: translation to come
