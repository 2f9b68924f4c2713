# Seiten für Behörden der Herkunfts- und Zielländer (und für die
# Administration), Deutsch: Programme, Zuordnungsrunden, Verstöße bei Gebühren,
# das Prüfprotokoll und die Registrierung einer Arbeitskraft in einem
# Arbeitsamt. Gemeinsame Wörter (form-*, rule-*, status-*, consent-*, job-*)
# stehen in corridor.ftl und pages.ftl.

## Listen
pager-label = Seiten
pager-page-of = Seite { $page } von { $pages }
pager-previous = Vorherige Seite
pager-next = Nächste Seite
official-filter = Filtern
official-filter-apply = Anzeigen
official-filter-clear = Filter zurücksetzen

## Gemeinsame Wörter der Seiten für Behörden
official-sex-female = Frauen
official-sex-male = Männer
official-sex-other = Anderes Geschlecht
official-sex-not_stated = Geschlecht nicht angegeben
official-person-not-stated = Keine Angabe
official-country-of-residence = Wohnsitzland
official-worker-id = Arbeitskraft { $id }
official-job-starts = Beginn am { $date }
official-job-status-pending_approval = Wartet auf Genehmigung
official-job-status-open = Offen
official-job-status-closed = Geschlossen
official-isco-invalid = Geben Sie den Code einer ISCO-08-Gruppe ein, zum Beispiel 611 oder 9211
official-currency-choose = Wählen Sie die Währung des Programms
official-hours-invalid = Geben Sie die Wochenstunden als Zahl von 0 bis 168 ein
official-months-invalid = Geben Sie eine ganze Zahl von Monaten ein
official-percent-invalid = Geben Sie einen Prozentsatz von 0 bis 100 ein
official-positions-invalid = Geben Sie die Zahl der Stellen als ganze Zahl ein
official-per-hour = pro Stunde
official-per-week = pro Woche
official-per-month = pro Monat
official-per-year = pro Jahr

programme-kind-seasonal = Saisonarbeit
programme-kind-temporary = Befristete Arbeit
programme-kind-long_term = Langfristige Arbeit (12 Monate oder mehr)
programme-kind-diaspora_temporary_return = Befristete Rückkehr von Fachkräften aus der Diaspora

## Programme
official-programmes-title = Programme
official-programmes-intro = Die Programme, an denen Ihr Land teilnimmt. Die Behörden jedes der beiden Länder eines Programms können seine Bedingungen ändern; jedes Stellenangebot im Programm wird mit ihnen abgeglichen.
official-programmes-count = { $count ->
    [one] { $count } Programm
   *[other] { $count } Programme
}
official-programmes-none = Für Ihr Land gibt es noch kein Programm.
official-programmes-back = Zurück zu den Programmen
official-programme-new = Programm erstellen
official-programme-edit = Bedingungen ändern
official-programme-rounds = Zuordnungsrunden dieses Programms
official-programme-saved = Das Programm ist gespeichert.
official-programme-terms = Bedingungen
official-programme-valid = Stellenangebote können beginnen
official-programme-valid-from = ab { $from }
official-programme-valid-between = vom { $from } bis { $until }
official-programme-max-stay = Längster Aufenthalt in Monaten
official-programme-longest-stay = Längster Aufenthalt
official-programme-occupations = Abgedeckte Berufe
official-programme-women-share = Mindestanteil von Frauen unter den ausgewählten Arbeitskräften
official-programme-women-share-none = Nicht festgelegt
official-programme-conditions = Mindestbedingungen jedes Stellenangebots
official-programme-min-wage = Mindestlohn
official-housing-required = Der Arbeitgeber muss eine Unterkunft stellen.
official-housing-not-required = Der Arbeitgeber muss keine Unterkunft stellen.
official-housing-cap = Eine Arbeitskraft zahlt dafür höchstens { $cap } im Monat.
official-housing-free = Wenn sie gestellt wird, ist sie kostenlos.
official-social-security-portable = Beiträge können ins Herkunftsland mitgenommen werden.
official-social-security-not-portable = Beiträge können nicht ins Herkunftsland mitgenommen werden.
official-programme-quotas = Kontingente
official-programme-no-quotas = Kein Kontingent: Die Zahl der Stellen ist nur durch die Stellenangebote begrenzt.
official-programme-no-job-orders = In diesem Programm wurde noch kein Stellenangebot veröffentlicht.
official-quota-period = Zeitraum
official-quota-isco = ISCO-08-Gruppe
official-quota-isco-hint = Leer lassen für jede Gruppe, die das Programm abdeckt.
official-quota-sex = Geschlecht
official-quota-positions = Stellen
official-quota-any-group = Jede Gruppe
official-quota-anyone = Alle
official-quota-n = Kontingent { $n }
official-quota-from = Erster Tag
official-quota-to = Letzter Tag

official-programme-form-intro = Alle Bedingungen, die die beiden Länder vereinbart haben. Jedes Stellenangebot im Programm wird mit diesen Mindestbedingungen abgeglichen, bevor es geöffnet wird.
official-programme-save = Programm speichern
official-programme-about = Das Programm
official-programme-name = Name
official-programme-origin = Herkunftsland der Arbeitskräfte
official-programme-destination = Zielland
official-programme-corridor = Länder:
official-programme-countries-fixed = Die Länder eines Programms können nicht geändert werden; erstellen Sie für andere Länder ein neues Programm.
official-programme-kind = Art des Programms
official-programme-g2g = Zwischen den beiden Regierungen geschlossen
official-programme-valid-from-label = Erster Tag, an dem Stellenangebote beginnen können
official-programme-valid-from-hint = Zum Beispiel 2027-01-15
official-programme-valid-until-label = Letzter Tag, an dem Stellenangebote beginnen können
official-programme-valid-until-hint = Leer lassen, wenn das Programm kein Enddatum hat.
official-programme-max-stay-hint = Von 1 bis 120 Monaten.
official-programme-occupations-hint = Jede ISCO-08-Gruppe, die das Programm abdeckt, auf jeder Ebene: 6 für alle Fachkräfte in Land- und Forstwirtschaft und Fischerei, 611 für Gärtner und Ackerbauern, 6111 für Ackerbauern und Gemüseanbauer.
official-programme-occupation-n = ISCO-08-Gruppe { $n }
official-programme-add-occupation = Weitere ISCO-08-Gruppe hinzufügen
official-programme-conditions-hint = Arbeitgeber dürfen mehr bieten, nie weniger.
official-programme-currency = Währung
official-programme-currency-hint = Lohn und Unterkunftskosten werden in dieser Währung angegeben.
official-programme-wage-per = Lohn wird gezahlt
official-programme-guaranteed-hours = Garantierte Arbeitsstunden pro Woche, mindestens
official-programme-max-hours = Arbeitsstunden pro Woche, höchstens
official-programme-housing-required = Der Arbeitgeber muss eine Unterkunft stellen
official-programme-housing-cap = Höchstbetrag, den eine Arbeitskraft monatlich für die Unterkunft zahlen muss
official-programme-housing-cap-hint = Leer lassen, wenn die Unterkunft kostenlos sein muss.
official-programme-return-paid = Der Arbeitgeber bezahlt die Rückreise
official-programme-rehire = Wer eine Vermittlung abschließt, wird bevorzugt wieder eingestellt
official-programme-social-security-portable = Renten- und Sozialversicherungsbeiträge können ins Herkunftsland mitgenommen werden
official-programme-social-security = Wie Rente und soziale Sicherheit geregelt sind
official-programme-social-security-hint = In einfachen Worten, zum Beispiel: ein Sozialversicherungsabkommen zwischen den beiden Ländern.
official-programme-pathway = Das Programm kann zu einem Daueraufenthalt führen
official-programme-quotas-hint = Verfügbare Plätze in einem Zeitraum, für alle Berufe des Programms oder eine Gruppe, für alle oder ein Geschlecht. Ein Platz ist belegt, wenn eine Arbeitskraft im Zeitraum ausgewählt wird.
official-programme-add-quota = Kontingent hinzufügen
official-programme-women-share-hint = Ein Prozentsatz, zum Beispiel 40. Optimale Zuordnungsrunden halten ihn ein; leer lassen, wenn es keinen gibt.

## Zuordnungsrunden
official-rounds-title = Zuordnungsrunden
official-rounds-intro = Eine Zuordnungsrunde bildet Paare aus verfügbaren Arbeitskräften, die in den Abgleich eingewilligt haben, und den offenen Stellenangeboten eines Programms. Sie prüfen jedes Paar und seine Gründe und bestätigen oder verwerfen dann die Runde.
official-rounds-count = { $count ->
    [one] { $count } Runde
   *[other] { $count } Runden
}
official-rounds-none = Für Ihre Programme wurde noch keine Zuordnungsrunde durchgeführt.
official-rounds-every-programme = Alle Programme
official-rounds-back = Zurück zu den Zuordnungsrunden
official-round-new = Zuordnungsrunde durchführen
official-round-new-intro = Die Runde ist nur ein Vorschlag: Niemand wird in ein Bewerbungsverfahren aufgenommen, bevor Sie sie geprüft und bestätigt haben.
official-round-new-note = In einer Runde sind nur Arbeitskräfte, die in den Abgleich eingewilligt haben. Die Durchführung kann einige Sekunden dauern.
official-round-programme = Programm
official-round-mechanism = Wie Arbeitskräfte und Stellen zugeordnet werden
official-round-mechanism-optimal = Optimal: die höchste Gesamtpunktzahl
official-round-mechanism-optimal-explained = Besetzt die Stellen mit den Paaren, die insgesamt am besten passen, innerhalb der Kontingente des Programms und seines Mindestanteils von Frauen.
official-round-mechanism-stable = Stabil: zuerst die Wünsche der Arbeitskräfte
official-round-mechanism-stable-explained = Verzögerte Annahme (Deferred Acceptance): Keine Arbeitskraft und kein Arbeitgeber wären beide lieber miteinander gepaart. Das Verfahren hält weder Kontingente noch den Frauenanteil ein; die Bestätigung wählt nie jemanden über ein Kontingent hinaus aus.
official-round-run = Runde durchführen
official-round-choose-programme = Wählen Sie das Programm
official-round-choose-mechanism = Wählen Sie, wie Arbeitskräfte und Stellen zugeordnet werden
official-round-title = Zuordnungsrunde { $id }
official-round-status-proposed = Wartet auf Ihre Entscheidung
official-round-status-confirmed = Bestätigt
official-round-status-discarded = Verworfen
official-round-run-on = durchgeführt am { $date }
official-round-decided-on = entschieden am { $date }
official-round-filled = { $filled } von { $positions } Stellen besetzt
official-round-total-score = Gesamtpunktzahl { $score }
official-round-summary = Zusammenfassung
official-round-notes = Vor der Entscheidung lesen
official-round-by-sex = Nach Geschlecht
official-round-by-origin = Nach Herkunftsland
official-round-origin = Land
official-round-placed = Vermittelt
official-round-in-round = In der Runde
official-round-pairs = { $count ->
    [one] { $count } vorgeschlagenes Paar
   *[other] { $count } vorgeschlagene Paare
}
official-round-pairs-intro = Jede Arbeitskraft mit der vorgeschlagenen Stelle, ihrer Punktzahl und jedem Grund dafür. Namen von Berufen und Sprachen werden auf Englisch angezeigt.
official-round-score = Punktzahl { $score }
official-round-no-pairs = Die Runde bildet keine Paare.
official-round-unfilled = Unbesetzte Stellen
official-round-no-unfilled = Alle Stellen sind besetzt.
official-round-unmatched = Arbeitskräfte ohne Stelle
official-round-no-unmatched = Jede Arbeitskraft in der Runde ist vermittelt.
official-round-decide = Ihre Entscheidung
official-round-decide-intro = Mit der Bestätigung werden alle vorgeschlagenen Arbeitskräfte in das Bewerbungsverfahren aufgenommen; mit dem Verwerfen wird die Runde beiseitegelegt und niemand aufgenommen. Beides ist endgültig.
official-round-confirm = Runde bestätigen
official-round-discard = Runde verwerfen
official-round-confirm-title = Zuordnungsrunde { $id } bestätigen
official-round-confirm-intro = { $count ->
    [one] Mit der Bestätigung wird { $count } Arbeitskraft für eine Stelle im Programm { $programme } in das Bewerbungsverfahren aufgenommen.
   *[other] Mit der Bestätigung werden { $count } Arbeitskräfte für Stellen im Programm { $programme } in das Bewerbungsverfahren aufgenommen.
}
official-round-consequence-application = Jede Arbeitskraft erhält eine Bewerbung für die vorgeschlagene Stelle, in dem Schritt, den Sie unten wählen; die Arbeitskraft und der Arbeitgeber sehen sie.
official-round-consequence-consent = Eine Arbeitskraft, die nicht eingewilligt hat, ihr Profil mit Arbeitgebern zu teilen, wird nicht aufgenommen.
official-round-consequence-limits = Niemand wird über die Stellen eines Stellenangebots oder ein Kontingent des Programms hinaus ausgewählt; ein solches Paar wird ausgelassen und bleibt, wie es war.
official-round-consequence-once = Eine Runde wird nur einmal bestätigt: Das lässt sich nicht rückgängig machen.
official-round-step = Der Schritt, in den die Arbeitskräfte aufgenommen werden
official-round-step-shortlisted-explained = Der Arbeitgeber wählt unter ihnen aus.
official-round-step-selected-explained = Die Arbeitskräfte besetzen ihre Stellen sofort (und werden auf die Kontingente des Programms angerechnet).
official-round-confirm-box = Ich habe die Paare geprüft und bestätige die Runde
official-round-choose-step = Wählen Sie den Schritt, in den die Arbeitskräfte aufgenommen werden
official-round-confirm-required = Kreuzen Sie das Kästchen an, um zu bestätigen, dass Sie die Paare geprüft haben.
official-round-confirmed-outcome = { $placed ->
    [one] Die Runde ist bestätigt: { $placed } Arbeitskraft mit dem Stand „{ $step }“ aufgenommen
   *[other] Die Runde ist bestätigt: { $placed } Arbeitskräfte mit dem Stand „{ $step }“ aufgenommen
}{ $skipped ->
    [0] .
    [one] ; { $skipped } Paar ausgelassen.
   *[other] ; { $skipped } Paare ausgelassen.
}
official-round-scope-all = alle Vermittlungen
official-round-unfilled-no_eligible_worker = keine berechtigte Arbeitskraft in der Runde
official-round-unfilled-quota_reached = das Kontingent für die ISCO-08-Gruppe { $group } ist erreicht
official-round-unfilled-candidates_placed_elsewhere = jede berechtigte Arbeitskraft wurde einer anderen Stelle zugeordnet
official-round-unfilled-origin_quota_reached = das Kontingent für das Land der berechtigten Arbeitskräfte ist erreicht
official-round-unfilled-women_share = eine Besetzung würde den Mindestanteil von Frauen unterschreiten
official-round-unfilled-other_quota = ein anderes Kontingent ist erreicht
official-round-unmatched-no_eligible_job_order = keine Stelle in der Runde, für die die Person berechtigt ist
official-round-unmatched-choices_filled_by_higher_ranked = die gewählten Stellen gingen an besser eingestufte Personen
official-round-unmatched-positions_went_to_higher_total_score = die Stellen gingen an Paare mit höherer Gesamtpunktzahl
official-round-unmatched-origin_quota_reached = das Kontingent für Arbeitskräfte aus { $origin } ist erreicht
official-round-unmatched-women_share = ihre Vermittlung würde den Mindestanteil von Frauen unterschreiten
official-round-unmatched-other_quota = ein anderes Kontingent ist erreicht
official-round-note-quota-exceeded = Kontingent überschritten: { $used } vermittelt für { $scope }, { $allowed } erlaubt. Das stabile Verfahren hält Kontingente nicht ein; die Bestätigung wählt niemanden darüber hinaus aus.
official-round-note-women-met = Der Mindestanteil von Frauen, { $required }, ist erreicht: { $achieved }.
official-round-note-women-met-by-leaving-positions-open = Der Mindestanteil von Frauen, { $required }, ist erreicht ({ $achieved }), indem { $positions } Stellen unbesetzt bleiben, die Männer besetzen könnten (dafür aufgegebene Punktzahl: { $score }).
official-round-note-women-unreachable = Der Mindestanteil von Frauen, { $required }, ist nicht erreichbar: Keine berechtigte Frau kann vermittelt werden, daher wird niemand vermittelt.
official-round-note-women-not-met = Der Mindestanteil von Frauen, { $required }, ist NICHT erreicht: { $achieved }. Das stabile Verfahren hält ihn nicht ein; verwenden Sie das optimale.
official-round-note-not-proven = Nicht als bestes Ergebnis nachgewiesen: Gesamtpunktzahl { $total }, bestmöglich höchstens { $bound } (die Suchgrenze wurde erreicht).

## Verstöße bei Gebühren
official-fees-title = Verstöße bei Gebühren
official-fees-intro = Zahlungen, die in den Programmen Ihres Landes gegen den Grundsatz „Der Arbeitgeber zahlt“ verstießen: eine Arbeitskraft, die eine Anwerbungsgebühr oder damit verbundene Kosten zahlen musste, oder ein Bestechungsgeld, eine Schmiergeld-Rückzahlung, eine Kaution oder eine Sicherheit. Jede bleibt gespeichert.
official-fees-count = { $count ->
    [one] { $count } Verstoß
   *[other] { $count } Verstöße
}
official-fees-none = In den Programmen Ihres Landes wurde kein Verstoß bei Gebühren erfasst.
official-fees-paid-on = Bezahlt am
official-fees-who = Wer wem gezahlt hat
official-fees-breach = Verstoß
official-fees-kind-worker_paid_recruitment_cost = Die Arbeitskraft hat eine Anwerbungsgebühr oder damit verbundene Kosten gezahlt
official-fees-kind-illegitimate_cost = Ein Bestechungsgeld, eine Schmiergeld-Rückzahlung, eine Kaution oder eine Sicherheit

## Prüfprotokoll
official-audit-title = Prüfprotokoll
official-audit-intro-country = Jeder Schreibvorgang, jeder Lesezugriff auf personenbezogene Daten und jede Ablehnung, die dieses Land ({ $country }) betrifft: seine Programme, seine Staatsangehörigen und Einwohner, seine Organisationen und die Handlungen seiner eigenen Behörden. Auch dass Sie das Protokoll lesen, wird festgehalten.
official-audit-intro-all = Jeder Schreibvorgang, jeder Lesezugriff auf personenbezogene Daten und jede Ablehnung. Auch dass Sie das Protokoll lesen, wird festgehalten.
official-audit-entity = Art des Datensatzes
official-audit-entity-hint = Zum Beispiel worker, placement, programme, match_round_pairs
official-audit-entity-id = Nummer des Datensatzes
official-audit-action = Aktion
official-audit-action-hint = Zum Beispiel read, create, update, transition
official-audit-actor = Benutzernummer
official-audit-actor-hint = Wessen Handlungen angezeigt werden
official-audit-actor-invalid = Geben Sie eine Benutzernummer ein, zum Beispiel 12
official-audit-count = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
official-audit-none = Kein Eintrag passt zur Auswahl.
official-audit-when = Wann
official-audit-who = Wer
official-audit-record = Datensatz
official-audit-outcome = Ergebnis
official-audit-detail = Einzelheiten
official-audit-user = Benutzer { $id }
official-audit-system = das System
official-audit-personal = personenbezogene Daten
official-audit-allowed = erlaubt
official-audit-denied = abgelehnt

## Eine Arbeitskraft registrieren
official-register-title = Eine Arbeitskraft registrieren
official-register-intro = Für eine Arbeitskraft aus Ihrem Land, die persönlich gekommen ist, zum Beispiel in ein Arbeitsamt. Die Arbeitskraft kann sich später anmelden, um ihr Profil zu vervollständigen; das Profil gehört ihr, und sie kann jede Einwilligung ändern.
official-register-consents = Die Einwilligungen der Arbeitskraft
official-register-consents-intro = Lesen Sie der Arbeitskraft jeden Zweck vor und kreuzen Sie nur an, womit sie persönlich vor Ihnen einverstanden ist. Sie kann jede Entscheidung jederzeit ändern.
official-register-submit = Arbeitskraft registrieren
official-register-done = Die Arbeitskraft ist registriert.
official-worker-occupations = Berufe
official-worker-consents = Einwilligungen
official-worker-consents-note = Die letzte Entscheidung der Arbeitskraft zu jedem Zweck. Nur die Arbeitskraft kann sie ändern.
official-worker-placements = Bewerbungen und Vermittlungen
official-worker-no-placements = Keine Bewerbung, die Sie sehen können.
