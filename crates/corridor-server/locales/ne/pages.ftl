# ne pages: translation to come
