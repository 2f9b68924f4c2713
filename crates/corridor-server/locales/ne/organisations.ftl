# ne organisations: translation to come
