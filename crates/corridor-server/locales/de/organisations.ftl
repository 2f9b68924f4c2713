# Corridor: Arbeitgeber und Vermittlungsagenturen, Deutsch. Der Verlauf einer
# Lizenz und die angegebenen Gründe sind öffentlich, damit eine Arbeitskraft
# eine Agentur überprüfen kann.

## Beide
org-name = Eingetragener Name
org-country = Land
org-all-countries = Alle Länder
org-history = Verlauf
org-reason = Grund
org-reason-optional = Grund (optional)
org-reason-public = Der Grund wird im Verlauf gespeichert und allen auf dieser Seite angezeigt.
org-valid-until = gültig bis { $date }
org-error-reason-required = Nennen Sie den Grund. Er wird im Verlauf gespeichert.
org-error-reason-too-long = Der Grund muss kürzer als 2000 Zeichen sein.
org-error-name-required = Geben Sie den eingetragenen Namen ein.

## Arbeitgeber
org-employers-title = Arbeitgeber
org-employers-intro = Arbeitgeber in Zielländern, registriert von Behörden ihres Landes. Ein gesperrter Arbeitgeber kann keine Stellenangebote veröffentlichen.
org-employers-count = { $count ->
    [one] { $count } Arbeitgeber
   *[other] { $count } Arbeitgeber
}
org-employers-none = Kein Arbeitgeber passt zur Auswahl.
org-registration-number = Registernummer des Unternehmens
org-registration-number-hint = Wie im Land des Arbeitgebers eingetragen.
org-sector = Branche
org-sector-hint = In einfachen Worten, zum Beispiel Landwirtschaft, Gesundheit, Industrie.
org-employer-status-active = Aktiv
org-employer-status-suspended = Gesperrt
org-employer-action-register = Registriert
org-employer-action-suspend = Gesperrt
org-employer-action-reinstate = Wieder zugelassen
org-employer-register = Arbeitgeber registrieren
org-employer-register-intro = Behörden des Landes, in dem der Arbeitgeber sitzt, registrieren ihn. Er kann sofort Stellenangebote veröffentlichen.
org-employer-register-only = Nur Behörden der Zielländer und die Administration registrieren Arbeitgeber.
org-employer-suspend = Diesen Arbeitgeber sperren
org-employer-suspend-explained = Ein gesperrter Arbeitgeber kann keine Stellenangebote veröffentlichen, bis er wieder zugelassen wird. Laufende Vermittlungen gehen weiter.
org-employer-reinstate = Diesen Arbeitgeber wieder zulassen
org-employer-reinstate-explained = Der Arbeitgeber kann wieder Stellenangebote veröffentlichen.
org-employer-reason-hint = Der Grund wird im Verlauf des Arbeitgebers gespeichert.
org-employer-done-registered = Der Arbeitgeber ist registriert.
org-employer-done-suspend = Der Arbeitgeber ist gesperrt.
org-employer-done-reinstate = Der Arbeitgeber ist wieder zugelassen.
org-back-to-employers = Zurück zu den Arbeitgebern
org-error-registration-number-required = Geben Sie die Registernummer des Unternehmens ein.

## Agenturen und Lizenzen
org-agencies-title = Vermittlungsagenturen
org-agencies-intro = Alle über Corridor lizenzierten Vermittlungsagenturen mit dem heutigen Stand ihrer Lizenz. Bevor Sie jemandem etwas zahlen oder etwas unterschreiben, prüfen Sie, ob die Lizenz der Agentur gültig ist. Arbeitskräfte zahlen nie Anwerbungsgebühren.
org-agencies-count = { $count ->
    [one] { $count } Agentur
   *[other] { $count } Agenturen
}
org-agencies-none = Keine Agentur passt zur Auswahl.
org-agency = Die Agentur
org-established-in = Sitzland
org-licence = Die Lizenz
org-licence-number = Lizenznummer
org-issuing-country = Ausgestellt von
org-licence-validity = Gültigkeit
org-licence-valid-dates = Vom { $from } bis { $until }
org-valid-from = Erster Gültigkeitstag
org-valid-until-label = Letzter Gültigkeitstag
org-licence-status-active = Gültig
org-licence-status-suspended = Ausgesetzt
org-licence-status-revoked = Widerrufen
org-licence-status-expired = Abgelaufen
org-licence-not-active-warning = Diese Agentur darf zurzeit nicht anwerben. Zahlen Sie ihr nichts und unterschreiben Sie nichts mit ihr.
org-licence-history = Verlauf der Lizenz
org-licence-action-issue = Lizenz erteilt
org-licence-action-renew = Verlängert
org-licence-action-suspend = Ausgesetzt
org-licence-action-reinstate = Wieder in Kraft gesetzt
org-licence-action-revoke = Widerrufen
org-licence-action-expire = Abgelaufen
org-licence-actions = Lizenz ändern
org-licence-renew = Lizenz verlängern
org-new-valid-until = Neuer letzter Gültigkeitstag
org-new-valid-until-hint = Später als der bisherige, zum Beispiel 2029-12-31.
org-licence-suspend = Lizenz aussetzen
org-licence-suspend-explained = Die Agentur darf nicht anwerben, bis die Lizenz wieder in Kraft gesetzt wird: Sie kann keine neuen Stellenangebote betreuen.
org-licence-reinstate = Lizenz wieder in Kraft setzen
org-licence-reinstate-explained = Die Lizenz gilt wieder bis zu ihrem letzten Gültigkeitstag.
org-licence-revoke = Lizenz widerrufen
org-licence-revoke-explained = Entzieht die Lizenz endgültig. Sie bestätigen dies auf der nächsten Seite.
org-licence-done-licensed = Die Agentur hat eine Lizenz erhalten.
org-licence-done-renew = Die Lizenz ist verlängert.
org-licence-done-suspend = Die Lizenz ist ausgesetzt.
org-licence-done-reinstate = Die Lizenz ist wieder in Kraft.
org-licence-done-revoke = Die Lizenz ist widerrufen.
org-agency-license = Einer Agentur eine Lizenz erteilen
org-agency-license-intro = Behörden des Landes, das die Lizenz ausstellt, erteilen einer Vermittlungsagentur die Lizenz. Die Lizenz gilt vom ersten bis zum letzten Gültigkeitstag.
org-agency-license-only = Nur Behörden und die Administration erteilen Vermittlungsagenturen Lizenzen.
org-licence-number-taken = Diese Lizenznummer ist schon registriert.
org-back-to-agencies = Zurück zu den Agenturen
org-error-licence-number-required = Geben Sie die Lizenznummer ein.
org-error-valid-until-required = Geben Sie den neuen letzten Gültigkeitstag ein.
org-error-licence-valid-until-before-start = Der letzte Gültigkeitstag kann nicht vor dem ersten liegen.

## Widerruf
org-revoke-title = Lizenz von { $name } widerrufen
org-revoke-intro = Die Lizenz { $number } wird endgültig entzogen.
org-revoke-consequence-final = Eine widerrufene Lizenz kann weder wieder in Kraft gesetzt noch verlängert werden; die Agentur bräuchte eine neue Lizenz.
org-revoke-consequence-job-orders = Die Agentur kann keine neuen Stellenangebote betreuen. Laufende Vermittlungen bleiben gespeichert.
org-revoke-consequence-public = Der Widerruf und sein Grund werden allen auf der Seite der Agentur angezeigt.
org-revoke-confirm = Ich bestätige, dass diese Lizenz endgültig widerrufen wird
org-error-confirm-confirmation-required = Kreuzen Sie das Kästchen an, um den Widerruf zu bestätigen.

## Die Agentur eines Vermittlers
org-own-agency-title = Meine Agentur
org-own-agency-intro = Die Lizenz Ihrer Agentur, wie Arbeitskräfte und Behörden sie sehen, und die Stellenangebote, die Ihre Agentur betreut.
org-agency-job-orders = Stellenangebote, die Ihre Agentur betreut
org-agency-job-orders-none = Ihre Agentur betreut noch kein Stellenangebot.
org-job-order-status-pending_approval = Wartet auf Genehmigung
org-job-order-status-open = Offen
org-job-order-status-closed = Geschlossen
org-job-order-starts = Beginn am { $date }

## Regeln
rule-illegal-licence-action = Diese Aktion ist für die Lizenz in ihrem jetzigen Stand nicht möglich.
rule-illegal-employer-action = Diese Aktion ist für den Arbeitgeber in seinem jetzigen Stand nicht möglich.
rule-renewal-not-later = Der neue letzte Gültigkeitstag muss nach dem bisherigen liegen und darf nicht in der Vergangenheit liegen.
rule-changed-by-action = Das ändert sich nur über die eigene Aktion dafür, die den Grund festhält.
rule-confirmation-required = Kreuzen Sie das Kästchen zur Bestätigung an.
