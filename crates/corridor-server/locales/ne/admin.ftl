# ne admin: translation to come
