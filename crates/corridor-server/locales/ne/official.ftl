# ne official: translation to come
