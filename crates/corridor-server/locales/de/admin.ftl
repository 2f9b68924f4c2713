# Corridor: Seiten der Administration (Konten), Deutsch. Alle Listen nutzen
# die gemeinsamen Meldungen zum Blättern (admin-page-*).

## Listen
admin-pagination-label = Seiten
admin-page-of = Seite { $page } von { $pages }
admin-page-previous = Vorherige Seite
admin-page-next = Nächste Seite
admin-filter = Anzeigen

## Rollen
admin-role-worker = Arbeitskraft
admin-role-employer = Arbeitgeber
admin-role-recruiter = Vermittler (zugelassene Agentur)
admin-role-origin-official = Behörde eines Herkunftslandes
admin-role-destination-official = Behörde eines Ziellandes
admin-role-researcher = Forschende
admin-role-admin = Administration

## Konten
admin-users-title = Benutzerkonten
admin-users-count = { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
}
admin-users-none = Kein Konto passt zur Auswahl.
admin-all-roles = Alle Rollen
admin-role = Rolle
admin-status = Stand
admin-enabled = Kann sich anmelden
admin-disabled = Deaktiviert
admin-acts-for = Handelt für
admin-created = Erstellt
admin-back-to-users = Zurück zu den Benutzerkonten

## Ein neues Konto
admin-new-user = Konto erstellen
admin-new-user-intro = Arbeitskräfte erstellen ihr Konto selbst, wenn sie sich registrieren, oder eine Behörde ihres Landes registriert sie. Hier erstellen Sie Konten für Arbeitgeber, Vermittler, Behörden, Forschende und die Administration.
admin-account = Das Konto
admin-display-name = Auf den Seiten angezeigter Name
admin-display-name-hint = Der Name einer Person oder eine Dienststelle wie „Arbeitsattaché, Ottawa“.
admin-temporary-password = Vorläufiges Passwort
admin-temporary-password-hint = Mindestens 10 Zeichen. Geben Sie es der Person vertraulich; sie sollte es nach der Anmeldung auf ihrer Kontoseite ändern.
admin-role-and-binding = Wofür das Konto da ist
admin-role-hint = Ein Arbeitgeberkonto braucht seinen Arbeitgeber, ein Vermittlerkonto seine Agentur, ein Behördenkonto sein Land.
admin-employer = Arbeitgeber
admin-employer-hint = Nur für ein Arbeitgeberkonto.
admin-agency = Vermittlungsagentur
admin-agency-hint = Nur für ein Vermittlerkonto.
admin-country = Land
admin-country-hint = Nur für eine Behörde: das Land, dessen Behörde sie ist.
admin-none = Keine Angabe
admin-create-account = Konto erstellen
admin-email-taken = Es gibt schon ein Konto mit dieser E-Mail-Adresse.
admin-error-email-invalid = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
admin-error-display-name-required = Geben Sie den Namen ein, der auf den Seiten angezeigt wird.
admin-error-role-required = Wählen Sie die Rolle des Kontos.
admin-error-employer-id-required = Wählen Sie den Arbeitgeber, für den dieses Konto handelt.
admin-error-agency-id-required = Wählen Sie die Agentur, für die dieses Konto handelt.
admin-error-country-required = Wählen Sie das Land der Behörde.
admin-error-password-too-short = Geben Sie ein vorläufiges Passwort mit mindestens 10 Zeichen ein.

## Ein Konto
admin-done-created = Das Konto ist erstellt. Geben Sie der Person ihr vorläufiges Passwort vertraulich.
admin-done-disabled = Das Konto ist deaktiviert. Es wurde überall abgemeldet, und seine API-Tokens funktionieren nicht mehr.
admin-done-enabled = Mit dem Konto kann man sich wieder anmelden.
admin-done-password = Das Passwort ist geändert. Das Konto wurde überall abgemeldet, und seine API-Tokens funktionieren nicht mehr.
admin-own-account = Das ist Ihr eigenes Konto. Ändern Sie Ihr Passwort auf Ihrer Kontoseite; dort wird nach dem aktuellen Passwort gefragt.
admin-disable = Dieses Konto deaktivieren
admin-disable-explained = Die Person kann sich nicht mehr anmelden. Sie wird sofort überall abgemeldet, und jedes API-Token des Kontos wird ungültig. Ihre gespeicherten Daten bleiben unverändert. Sie können das Konto wieder aktivieren.
admin-enable = Dieses Konto aktivieren
admin-enable-explained = Die Person kann sich wieder mit ihrem Passwort anmelden. Sitzungen und Tokens, die bei der Deaktivierung beendet wurden, bleiben beendet.
admin-reset-password = Neues vorläufiges Passwort festlegen
admin-reset-password-explained = Für jemanden, der sein Passwort vergessen hat oder dessen Passwort anderen bekannt sein könnte. Die Person wird überall abgemeldet, und jedes API-Token des Kontos wird ungültig.

## Regeln
rule-own-account = Das können Sie hier nicht mit Ihrem eigenen Konto tun.
