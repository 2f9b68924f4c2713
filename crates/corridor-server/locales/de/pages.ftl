# Corridor-Seiten für jede Rolle, Deutsch. Zuerst kommen die Meldungen, die
# Formulare gemeinsam nutzen, dann die einzelnen Bereiche. Regelmeldungen
# (rule-*) erklären eine verletzte Regel in der Sprache der Seite; die API
# behält den Regelcode.

## Formulare
form-error-title = Es gibt ein Problem
form-error-prefix = Fehler:
form-choose = Bitte auswählen
form-choose-country = Land auswählen
form-choose-level = Niveau auswählen
form-date-invalid = Geben Sie ein echtes Datum ein, zum Beispiel 2026-03-27
form-years-invalid = Geben Sie die Jahre als Zahl von 0 bis 60 ein
form-year-invalid = Geben Sie ein Jahr ein, zum Beispiel 2019
form-number-invalid = Geben Sie eine Zahl ein
form-amount-invalid = Geben Sie einen Betrag ein, zum Beispiel 1250.00
form-search = Suchen
form-add = Hinzufügen
form-remove = Entfernen
form-save = Speichern
form-save-continue = Speichern und weiter
form-cancel = Abbrechen
form-expired = Das Formular ist abgelaufen oder stammt nicht von Corridor. Laden Sie die Seite neu und versuchen Sie es noch einmal.
reference-names-english = Namen von Ländern und Sprachen werden auf Englisch angezeigt.
reference-labels-english = Namen von Berufen und Fähigkeiten stammen aus ESCO und ISCO-08 und werden auf Englisch angezeigt.

nav-menu = Menü
nav-my-home = Meine Seite
nav-sign-up = Registrieren

## Arbeitskraft: Registrierung und Startseite
worker-only = Diese Seite ist für Arbeitskräfte.
worker-home-title = Meine Seite
worker-home-hello = Hallo, { $name }
worker-home-proposals = { $count ->
    [one] { $count } Stelle wartet auf Ihre Antwort
   *[other] { $count } Stellen warten auf Ihre Antwort
}
worker-home-no-applications = Sie haben noch keine Bewerbungen.
worker-back-home = Zurück zu meiner Seite

sign-up-title = Erstellen Sie Ihr Konto
sign-up-intro = Es ist kostenlos. Sie zahlen nie eine Gebühr, um über Corridor Arbeit zu finden.
sign-up-account = Ihr Konto
sign-up-password = Wählen Sie ein Passwort
sign-up-password-hint = Mindestens 10 Zeichen. Am besten ein paar Wörter, die Sie sich merken können.
sign-up-submit = Mein Konto erstellen
sign-up-have-account = Haben Sie schon ein Konto?
sign-up-welcome = Ihr Konto ist bereit. Erzählen Sie uns jetzt von Ihrer Arbeit, damit wir Ihnen passende Stellen zeigen können.

## Arbeitskraft: Profil
profile-title = Mein Profil
profile-given-name = Vornamen
profile-family-name = Familiennamen
profile-phone = Telefonnummer
profile-phone-hint = Mit Ländervorwahl, zum Beispiel +52 55 1234 5678
profile-date-of-birth = Geburtsdatum
profile-sex = Geschlecht
profile-citizenship = Staatsangehörigkeit
profile-second-citizenship = Zweite Staatsangehörigkeit
profile-country-of-birth = Geburtsland
profile-country-of-residence = Land, in dem Sie leben
profile-none = Keine
profile-step-about = Über Sie
profile-step-work = Ihre Arbeit
profile-step-skills = Ihre Fähigkeiten
profile-step-languages = Sprachen
profile-step-education = Bildung
profile-step-availability = Wann Sie arbeiten können
profile-step-done = Erledigt
profile-step-todo = Noch offen
profile-step-of = Schritt { $number } von { $of }
profile-saved = Gespeichert.
profile-search-work = Ihren Beruf finden
profile-search-work-hint = Schreiben Sie auf Englisch, was Sie tun, zum Beispiel welder (Schweißer), nurse (Pflegefachkraft) oder fruit picker (Obstpflücker)
profile-search-skills = Eine Fähigkeit finden
profile-search-skills-hint = Schreiben Sie eine Fähigkeit auf Englisch, zum Beispiel forklift (Gabelstapler) oder food safety (Lebensmittelsicherheit)
profile-search-results = Ergebnisse für „{ $query }“
profile-search-none = Nichts gefunden. Versuchen Sie ein anderes Wort.
profile-your-occupations = Ihre Berufe
profile-years = Jahre Erfahrung
profile-no-occupations = Noch kein Beruf. Suchen Sie Ihren Beruf oben und fügen Sie ihn hinzu.
profile-your-skills = Ihre Fähigkeiten
profile-no-skills = Noch keine Fähigkeit. Suchen Sie Ihre Fähigkeiten oben und fügen Sie sie hinzu.
profile-languages-hint = Fügen Sie jede Sprache hinzu, die Sie sprechen. Arbeitgeber müssen Ihnen einen Vertrag in einer Sprache geben, die Sie gut lesen (Niveau B1 oder höher).
profile-language-n = Sprache { $n }
profile-language = Sprache
profile-level = Niveau
profile-add-language = Weitere Sprache hinzufügen
profile-education = Höchster abgeschlossener Bildungsweg
profile-qualification = Ein Diplom, eine Zulassung oder ein Zertifikat
profile-qualification-title = Bezeichnung
profile-qualification-hint = Zum Beispiel: Zulassung als Pflegefachkraft, Schweißerzertifikat
profile-qualification-country = Land, das es ausgestellt hat
profile-qualification-year = Jahr
profile-available-from = Verfügbar ab
profile-available-until = Verfügbar bis
profile-available-until-hint = Lassen Sie das Feld leer, wenn Sie kein Enddatum haben.
profile-preferred-destination = Land, in dem Sie am liebsten arbeiten würden

sex-female = Weiblich
sex-male = Männlich
sex-other = Anderes Geschlecht
sex-not-stated = Keine Angabe

cefr-a1 = Anfangsniveau
cefr-a2 = Grundkenntnisse
cefr-b1 = Mittelstufe: kann einen Vertrag lesen
cefr-b2 = gute Mittelstufe
cefr-c1 = fortgeschritten
cefr-c2 = fließend
cefr-native = Muttersprache

isced-0 = Keine Schule abgeschlossen
isced-1 = Grundschule
isced-2 = Untere Sekundarschule
isced-3 = Obere Sekundarschule
isced-4 = Kurs nach der Sekundarschule (kein Studium)
isced-5 = Kurzes Studium
isced-6 = Bachelor oder gleichwertig
isced-7 = Master oder gleichwertig
isced-8 = Promotion

## Arbeitskraft: Einwilligungen
consents-title = Ihre Einwilligungen
consents-intro = Sie entscheiden, was Corridor mit Ihrem Profil macht. Sie können jede Entscheidung jederzeit ändern, und jede Änderung wird unten festgehalten.
consents-change = Meine Einwilligungen ändern
consents-saved = Ihre Entscheidung ist gespeichert.
consents-history = Verlauf Ihrer Entscheidungen
consents-when = Wann
consents-purpose = Wofür
consents-change-col = Änderung
consents-no-history = Sie haben noch keine Entscheidung getroffen.
consent-given = Erteilt
consent-not-given = Nicht erteilt
consent-withdrawn = Widerrufen
consent-give = Einwilligung erteilen
consent-withdraw = Einwilligung widerrufen
consent-matching-title = Mir passende Stellen vorschlagen
consent-matching-explained = Corridor vergleicht Ihre Berufe, Ihre Erfahrung, Ihre Fähigkeiten und Ihre Sprachen mit offenen Stellen, zeigt Ihnen die besten und kann Sie in eine Zuordnungsrunde aufnehmen, die Behörden durchführen. Arbeitgeber sehen dann nur eine Nummer, nicht Ihren Namen.
consent-sharing-with-employers-title = Mein Profil mit Arbeitgebern teilen
consent-sharing-with-employers-explained = Wenn Sie sich auf eine Stelle bewerben oder eine Stelle annehmen, die Ihnen jemand vorgeschlagen hat, können der Arbeitgeber und seine zugelassene Agentur Ihr Profil lesen, solange die Bewerbung läuft. Wenn Sie diese Einwilligung widerrufen, können sie es nicht mehr lesen.
consent-statistics-title = Mich in Statistiken mitzählen
consent-statistics-explained = Sie werden ohne Ihren Namen und ohne etwas, das Sie erkennbar macht, in öffentlichen Statistiken über Arbeitskräfte gezählt, die bereit sind, im Ausland zu arbeiten. Kleine Gruppen werden nie gezeigt.
consent-contact-title = Behörden dürfen mich kontaktieren
consent-contact-explained = Behörden Ihres Landes dürfen Sie anrufen oder Ihnen schreiben, um Sie über Programme zu informieren, zum Beispiel wenn ein neues beginnt.

## Arbeitskraft: Vorschläge
proposals-title = Mir vorgeschlagene Stellen
proposals-intro = Eine Agentur, ein Arbeitgeber oder eine Behörde kann Sie für eine Stelle vorschlagen. Niemand sieht Ihr Profil, bevor Sie annehmen. Wenn Sie ablehnen, werden Sie für diese Stelle nicht noch einmal gefragt.
proposals-need-sharing = Um anzunehmen, müssen Sie zuerst einwilligen, dass Ihr Profil mit Arbeitgebern geteilt wird.
proposals-made-on = Vorgeschlagen am { $date }
proposal-pending = Wartet auf Ihre Antwort
proposal-accepted = Angenommen
proposal-declined = Abgelehnt
proposals-accept = Annehmen und bewerben
proposals-decline = Ablehnen
proposals-see-application = Meine Bewerbung ansehen
proposals-none = Bisher hat Sie niemand für eine Stelle vorgeschlagen.

## Arbeitskraft: Bewerbungen
placement-withdraw = Meine Bewerbung zurückziehen
placement-withdraw-explained = Sie können sie jederzeit vor Ihrer Ausreise zurückziehen. Der Arbeitgeber sieht, dass Sie sie zurückgezogen haben; Sie müssen keinen Grund nennen.
placement-contract = Ihr Vertrag
placement-contract-language = Sprache des Vertrags
placement-ledger = Bezahlte Kosten und Gebühren
placement-ledger-intro = Jede Zahlung für Ihre Anwerbung. Arbeitskräfte zahlen nie Anwerbungsgebühren: Wenn Sie zahlen mussten, melden Sie es unten.
placement-ledger-none = Keine Zahlung erfasst.
placement-paid-by = bezahlt von: { $payer }, an: { $payee }
placement-violation = Verstößt gegen den Grundsatz „Der Arbeitgeber zahlt“
placement-report = Eine Zahlung melden, die Sie leisten mussten
placement-report-explained = Die Behörden Ihres Landes sehen jede Meldung. Sie können auch ohne Quittung melden.
placement-report-amount = Betrag
placement-report-currency = Währung
placement-report-paid-to = Bezahlt an
placement-report-category = Wofür die Zahlung war
placement-report-date = Datum der Zahlung
placement-report-note = Was passiert ist (optional)
placement-report-submit = Zahlung melden
placement-reported = Ihre Meldung ist erfasst. Die Behörden Ihres Landes werden sie sehen.
cost-bribe = Ein Bestechungsgeld
cost-kickback = Eine Schmiergeld-Rückzahlung
cost-bond = Eine Kaution oder ein Pfand
cost-collateral = Eine Sicherheit (verpfändeter Besitz)

## Arbeitskraft: Arbeitsnachweis
work-record-title = Mein Arbeitsnachweis
work-record-intro = Verträge, die Sie über Corridor erfüllt haben. In vielen Programmen werden zurückkehrende Arbeitskräfte zuerst wieder eingestellt.
work-record-job = Stelle
work-record-from = Von
work-record-to = Bis
work-record-none = Noch kein erfüllter Vertrag.
work-record-printed = Gedruckt am { $date } aus Corridor.

## Konto
account-title = Mein Konto
account-signed-in-as = Sie melden sich mit { $email } an.
account-done-password = Ihr Passwort ist geändert. Sie wurden überall sonst abgemeldet.
account-done-language = Ihre Sprache ist gespeichert.
account-password = Ändern Sie Ihr Passwort
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-change-password = Passwort ändern
account-language = Sprache der Seiten
account-sign-out-everywhere = Überall abmelden
account-sign-out-everywhere-explained = Beendet jede Sitzung auf jedem Telefon oder Computer und macht jedes API-Token ungültig. Nutzen Sie dies, wenn Sie ein Telefon verloren haben oder glauben, dass jemand anderes Ihr Passwort kennt.
account-your-data = Ihre Daten
account-your-data-explained = Laden Sie alles herunter, was Corridor über Sie speichert: Ihr Profil, Ihre Einwilligungen, Ihre Bewerbungen mit ihrem Verlauf und ihren Zahlungen und die Vorschläge, die Ihnen gemacht wurden.
account-download = Meine Daten herunterladen (JSON)
account-close = Mein Konto schließen
account-close-explained = Sie können Ihr Konto jederzeit schließen.
close-consequence-consents = Jede Einwilligung wird widerrufen: Kein Arbeitgeber kann Ihr Profil lesen, und Sie werden nicht mehr mit Stellen abgeglichen und nicht mehr in Statistiken gezählt.
close-consequence-applications = Bewerbungen, die noch nicht zur Ausreise geführt haben, werden zurückgezogen.
close-consequence-records = Verträge, die schon laufen oder erfüllt sind, bleiben gespeichert, wie es das Recht beider Länder verlangt.
close-consequence-sign-in = Sie können sich mit diesem Konto nicht mehr anmelden.
close-confirm = Ich verstehe, mein Konto schließen
close-confirm-required = Kreuzen Sie das Kästchen an, um zu bestätigen, dass Sie Ihr Konto schließen möchten.

## Regeln, wie sie an einem Feld angezeigt werden
rule-required = Diese Angabe ist erforderlich.
rule-invalid = Diese Angabe ist nicht gültig.
rule-too-short = Ein Passwort hat mindestens 10 Zeichen.
rule-too-long = Das ist zu lang.
rule-wrong-password = Das aktuelle Passwort ist nicht richtig.
rule-duplicate = Das steht zweimal in der Liste.
rule-unknown = Das gibt es nicht.
rule-out-of-range = Diese Zahl liegt außerhalb des erlaubten Bereichs.
rule-implausible = Das sieht nicht richtig aus; bitte prüfen Sie es.
rule-under-age = Arbeitskräfte müssen mindestens 18 Jahre alt sein.
rule-before-start = Das Ende kann nicht vor dem Beginn liegen.
rule-negative = Ein Betrag kann nicht negativ sein.
rule-not-positive = Der Betrag muss größer als null sein.
rule-same-party = Wer gezahlt hat und wer das Geld bekommen hat, müssen verschieden sein.
rule-date-in-future = Ein Datum kann nicht in der Zukunft liegen.
rule-before-previous-event = Dieses Datum liegt vor dem vorigen Schritt.
rule-illegal-transition = Dieser Schritt kann nicht auf den aktuellen folgen.
rule-not-applicable = Das gilt hier nicht.
rule-consent-required = Um sich zu bewerben, müssen Sie einwilligen, dass Ihr Profil mit Arbeitgebern geteilt wird.
rule-worker-not-covered = Dieses Programm wirbt Arbeitskräfte aus einem anderen Land an.
rule-job-order-not-open = Für diese Stelle werden keine Bewerbungen angenommen.
rule-not-a-candidate = Diese Arbeitskraft kann für diese Stelle nicht vorgeschlagen werden.
rule-positions-filled = Alle Stellen dieses Stellenangebots sind besetzt.
rule-quota-reached = Das Kontingent des Programms für diesen Zeitraum ist erreicht.
rule-wage-below-minimum = Der Lohn liegt unter dem Mindestlohn des Programms.
rule-wage-currency-mismatch = Der Lohn muss in der Währung des Programms angegeben sein.
rule-hours-below-guarantee = Die garantierten Stunden liegen unter dem Minimum des Programms.
rule-hours-above-maximum = Die Stunden liegen über dem Höchstwert des Programms.
rule-below-guaranteed-hours = Die Höchstzahl der Stunden darf nicht unter den garantierten Stunden liegen.
rule-housing-not-provided = Das Programm verlangt, dass der Arbeitgeber eine Unterkunft stellt.
rule-housing-cost-above-cap = Was die Arbeitskraft für die Unterkunft zahlt, liegt über der Obergrenze des Programms.
rule-housing-currency-mismatch = Die Kosten der Unterkunft müssen in der Währung des Programms angegeben sein.
rule-medical-cover-insufficient = Die medizinische Versorgung ist geringer, als das Programm verlangt.
rule-return-travel-not-paid = Das Programm verlangt, dass der Arbeitgeber die Rückreise bezahlt.
rule-cost-charged-to-worker = Anwerbungsgebühren und damit verbundene Kosten zahlt der Arbeitgeber, nie die Arbeitskraft.
rule-occupation-not-in-programme = Dieser Beruf gehört nicht zum Programm.
rule-start-in-past = Der Beginn liegt in der Vergangenheit.
rule-start-outside-programme = Der Beginn liegt außerhalb des Zeitraums des Programms.
rule-stay-too-long = Der Vertrag ist länger, als das Programm erlaubt.
rule-employer-suspended = Der Arbeitgeber ist gesperrt.
rule-employer-mismatch = Der Arbeitgeber stimmt nicht überein.
rule-employer-not-in-destination = Der Arbeitgeber ist nicht im Zielland des Programms.
rule-agency-licence-not-active = Die Lizenz der Agentur ist nicht gültig.
rule-agency-licence-outside-corridor = Die Agentur hat keine Lizenz in den Ländern des Programms.
rule-who-safeguard-active-recruitment = Gesundheitspersonal darf aus einem Land auf der Schutzliste der WHO nicht aktiv angeworben werden, außer im Rahmen eines Abkommens zwischen Regierungen.
rule-not-a-returning-worker = Namentlich angefordert werden können nur Arbeitskräfte, die einen Vertrag bei diesem Arbeitgeber erfüllt haben.
rule-contract-language-not-read = Der Vertrag muss in einer Sprache sein, die die Arbeitskraft gut liest (B1 oder höher).
rule-contract-wage-below-job-order = Der Lohn im Vertrag liegt unter dem Lohn im Stellenangebot.
rule-contract-wage-currency-mismatch = Der Lohn im Vertrag ist in einer anderen Währung.
rule-contract-hours-below-job-order = Der Vertrag garantiert weniger Stunden als das Stellenangebot.
rule-contract-hours-above-job-order = Der Vertrag erlaubt mehr Stunden als das Stellenangebot.
rule-contract-housing-missing = Im Vertrag fehlt die Unterkunft, die das Stellenangebot versprochen hat.
rule-contract-housing-cost-above-job-order = Der Vertrag verlangt mehr für die Unterkunft als das Stellenangebot.
rule-contract-medical-below-job-order = Der Vertrag bietet weniger medizinische Versorgung als das Stellenangebot.
rule-contract-return-travel-missing = Im Vertrag fehlt die bezahlte Rückreise.
rule-contract-duration-differs = Die Vertragsdauer weicht von der Dauer im Stellenangebot ab.
rule-same-country = Die beiden Länder müssen verschieden sein.
rule-countries-fixed = Die Länder eines Programms können nicht geändert werden.

## Listen
pagination = Seiten
pagination-previous = Vorherige Seite
pagination-next = Nächste Seite
pagination-page = Seite { $page } von { $pages }

## Stellenangebote, für alle, die sie verwalten
job-orders-title = Stellenangebote
job-orders-post = Stellenangebot veröffentlichen
job-orders-by-status = Stellenangebote nach Stand
job-orders-none = Hier gibt es keine Stellenangebote.
job-orders-managers-only = Stellenangebote werden von Arbeitgebern, ihren Agenturen und Behörden verwaltet.
job-orders-back = Zurück zu den Stellenangeboten
job-status-pending_approval = Wartet auf Genehmigung
job-status-open = Offen
job-status-closed = Geschlossen

job-form-intro = Jede Bedingung, die Sie hier angeben, wird Arbeitskräften gezeigt, bevor sie sich bewerben, und mit den Mindestbedingungen des Programms abgeglichen. Verstößt etwas gegen eine Regel, werden alle Probleme aufgelistet, damit Sie sie auf einmal beheben können.
job-form-submit = Stellenangebot einreichen
job-form-the-job = Die Stelle
job-form-agency = Zugelassene Agentur, die es betreut
job-form-agency-hint = Nur Agenturen mit einer gültigen Lizenz in den Ländern des Programms können ein Stellenangebot betreuen.
job-form-no-agency = Keine Agentur
job-form-find-occupation = Beruf
job-form-choose = Auswählen
job-form-choose-occupation = Suchen Sie den Beruf und wählen Sie ihn aus.
job-form-title = Stellenbezeichnung
job-form-title-hint = So, wie Sie die Stelle nennen. Leer lassen, um den Namen des Berufs zu verwenden.
job-form-positions = Anzahl der Stellen
job-form-locality = Ort oder Stadt
job-form-region = Region, Provinz oder Bundesland
job-form-duration = Vertragsdauer in Monaten
job-form-pay = Lohn und Arbeitszeit
job-form-currency = Währung
job-form-per = Lohn pro
per-hour = Stunde
per-week = Woche
per-month = Monat
per-year = Jahr
job-form-guaranteed-hours = Garantierte Stunden pro Woche
job-form-max-hours = Höchstzahl der Stunden pro Woche
job-form-living = Unterkunft, medizinische Versorgung und Rückreise
job-form-housing-yes = Der Arbeitgeber stellt eine Unterkunft
job-form-housing-no = Es wird keine Unterkunft gestellt
job-form-housing-cost = Was die Arbeitskraft monatlich für die Unterkunft zahlt
job-form-housing-cost-hint = Leer lassen, wenn sie kostenlos ist.
job-form-housing-description = Die Unterkunft in wenigen Worten
job-form-return = Rückreise
job-form-return-yes = Vom Arbeitgeber bezahlt
job-form-return-no = Nicht vom Arbeitgeber bezahlt
job-form-requirements = Was die Arbeitskraft mitbringen muss
job-form-experience = Erforderliche Berufserfahrung in Jahren
job-form-languages = Erforderliche Sprachen
job-form-min-level = Mindestniveau
job-form-skills = Erforderliche Fähigkeiten
job-form-contract-languages = Sprachen, in denen der Vertrag angeboten wird
job-form-contract-languages-hint = Die Arbeitskraft muss den Vertrag gut lesen können: Bieten Sie ihn in den Sprachen des Herkunftslandes an.
job-form-costs-hint = Alle Anwerbungskosten und wer sie zahlt. Anwerbungsgebühren und damit verbundene Kosten zahlt der Arbeitgeber, nie die Arbeitskraft.
job-form-cost-n = Kostenposten { $n }
job-form-cost-category = Wofür
job-form-cost-paid-by = Bezahlt von
job-form-add-cost = Kostenposten hinzufügen
job-form-named = Zurückkehrende Arbeitskräfte, namentlich angefordert
job-form-named-hint = Die Nummern von Arbeitskräften, die einen Vertrag bei Ihnen erfüllt haben. Sie werden nicht öffentlich gezeigt.
job-form-named-n = Nummer der Arbeitskraft { $n }
job-form-add-named = Zurückkehrende Arbeitskraft hinzufügen

job-posted-pending = Das Stellenangebot ist eingereicht. Eine Behörde des Ziellandes prüft und genehmigt es.
job-posted-open = Das Stellenangebot ist für Bewerbungen offen.
job-done-approved = Das Stellenangebot ist genehmigt und für Bewerbungen offen.
job-done-sent_back = Das Stellenangebot wurde mit Ihrer Begründung an den Arbeitgeber zurückgeschickt.
job-done-closed = Das Stellenangebot ist geschlossen.
job-done-proposed = Die Arbeitskraft wurde gefragt. Ihr Profil bleibt privat, bis sie annimmt.
job-see-public = Die Seite ansehen, die Arbeitskräfte sehen
job-approval = Genehmigung
job-approval-problems = Heute mit dem Programm abgeglichen, verstößt dieses Stellenangebot gegen diese Regeln:
job-approval-ok = Heute mit dem Programm abgeglichen, erfüllt dieses Stellenangebot alle Regeln.
job-approve = Genehmigen und öffnen
job-send-back-reason = Grund für die Rücksendung
job-send-back = An den Arbeitgeber zurückschicken
job-candidates = Bewerbungen
job-candidate = Arbeitskraft { NUMBER($worker, useGrouping: "false") }
job-no-candidates = Bisher hat sich niemand beworben.
job-shortlist = Am besten passende Arbeitskräfte
job-shortlist-intro = Arbeitskräfte, die sich für den Abgleich angemeldet haben, sortiert danach, wie gut sie passen. Namen bleiben privat; schlagen Sie eine Arbeitskraft vor, und sie entscheidet, ob sie sich bewirbt.
job-score = Punktzahl { $score }
job-details-withheld = Diese Arbeitskraft teilt ihr Profil nicht mit Arbeitgebern; die Gründe sind verborgen. Sie können sie trotzdem vorschlagen.
job-propose = Diese Arbeitskraft vorschlagen
job-already-proposed = Schon gefragt oder schon beworben.
job-close = Dieses Stellenangebot schließen
job-close-explained = Niemand kann sich mehr bewerben. Bereits eingegangene Bewerbungen bleiben bestehen und laufen weiter.
job-close-confirm = Ich verstehe, schließen
job-close-confirm-required = Kreuzen Sie das Kästchen an, um zu bestätigen, dass Sie das Stellenangebot schließen möchten.

## Eine Vermittlung, für alle, die sie verwalten
placement-moved = Erfasst: { $status }.
placement-worker = Arbeitskraft
placement-next-steps = Nächste Schritte
placement-record = Erfassen: { $status }
placement-end-reason = Warum sie vorzeitig endete
placement-steps-dated-today = Jeder Schritt erhält das heutige Datum ({ $date }).
placement-record-payment = Zahlung erfassen
placement-payer = Bezahlt von
placement-payment-note = Quittungsnummer oder Notiz (optional)
end-employer_breach = Der Arbeitgeber hat den Vertrag gebrochen
end-worker_choice = Die Arbeitskraft hat sich entschieden zu gehen
end-changed_employer = Die Arbeitskraft hat den Arbeitgeber gewechselt
end-health_or_injury = Krankheit oder Verletzung
end-work_ended = Die Arbeit war zu Ende
end-other = Anderer Grund

## Übersichten
dashboard-open-job-orders = Offene Stellenangebote
dashboard-pending-job-orders = Stellenangebote, die auf Genehmigung warten
dashboard-closed-job-orders = Geschlossene Stellenangebote
dashboard-agency = Meine Agentur und ihre Lizenz
dashboard-pending-approval = Zu genehmigende Stellenangebote
dashboard-placements = Vermittlungen: Visa, Ausreisen, Ankünfte, Rückkehr
dashboard-match-rounds = Zuordnungsrunden
dashboard-register-worker = Eine Arbeitskraft registrieren
dashboard-agencies = Vermittlungsagenturen und ihre Lizenzen
dashboard-employers = Arbeitgeber
dashboard-audit-log = Prüfprotokoll
dashboard-users = Benutzerkonten
dashboard-statistics = Statistik
placements-list-title = Vermittlungen
placements-any-status = Jeder Stand
placements-filter = Anzeigen
placements-count = { $count ->
    [one] { $count } Vermittlung
   *[other] { $count } Vermittlungen
}
placements-none-here = Hier gibt es keine Vermittlung.

## Löhne, der Betrag im Zahlenformat der Seite
wage-per-hour = { $amount } pro Stunde
wage-per-week = { $amount } pro Woche
wage-per-month = { $amount } pro Monat
wage-per-year = { $amount } pro Jahr
