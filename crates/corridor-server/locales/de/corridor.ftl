# Corridor-Seiten, Deutsch.
# Maschinell erstellte Übersetzung, muss von einer deutschsprachigen Person
# geprüft werden (siehe TRANSLATIONS.md). ILO-Begriffe: „Anwerbungsgebühren
# und damit verbundene Kosten“; ISCO-08: Berufshauptgruppe, Berufsgruppe,
# Berufsuntergruppe, Berufsgattung.
app-name = Corridor
app-tagline = Legale Arbeit im Ausland, alle Bedingungen schriftlich, keine Gebühren für Arbeitskräfte.
nav-jobs = Stellen
nav-my-placements = Meine Bewerbungen
nav-dashboard = Übersicht
nav-sign-in = Anmelden
nav-sign-out = Abmelden
nav-language = Sprache
signed-in-as = Angemeldet als { $name } ({ $role })

home-title = Im Ausland arbeiten, sicher und fair
home-intro = Corridor zeigt Stellen, die im Rahmen von Abkommen zwischen Staaten angeboten werden. Jede Stelle nennt Lohn, Arbeitszeit, Unterkunft, medizinische Versorgung und Rückreise – und wer welche Anwerbungskosten trägt. Arbeitskräfte zahlen nie Anwerbungsgebühren.
home-browse = Offene Stellen ansehen
home-check-agency = Eine Vermittlungsagentur überprüfen
home-api = API-Dokumentation (OpenAPI)

sign-in-title = Anmelden
sign-in-email = E-Mail
sign-in-password = Passwort
sign-in-submit = Anmelden
sign-in-failed = E-Mail oder Passwort ist nicht richtig.

jobs-title = Offene Stellen
jobs-for-you = Offene Stellen in Programmen, an denen Sie teilnehmen können
jobs-count = { $count ->
    [one] { $count } Stellenangebot
   *[other] { $count } Stellenangebote
}
jobs-recommended = Für Sie empfohlen
jobs-recommended-note = Sortiert danach, wie gut Ihr Beruf, Ihre Erfahrung, Ihre Fähigkeiten und Ihre Sprachen passen und ob Sie schon in dem Programm gearbeitet haben. Jeder Grund wird genannt.
jobs-none = Zurzeit gibt es keine offenen Stellen für Sie.
jobs-positions = { $count ->
    [one] { $count } Stelle
   *[other] { $count } Stellen
}
jobs-starts = Beginn am { $date }, für { $months } Monate
jobs-see = Alle Bedingungen ansehen

job-title = Stellenangebot { NUMBER($id, useGrouping: "false") }
job-programme = Programm
job-corridor = Von { $origin } nach { $destination }
job-employer = Arbeitgeber
job-location = Arbeitsort
job-occupation = Beruf
job-start = Beginn
job-duration = Vertragsdauer
job-months = { $months } Monate
job-wage = Lohn
job-wage-minimum = Der Mindestlohn des Programms beträgt { $minimum }.
job-hours = Arbeitszeit
job-hours-text = { $guaranteed } Stunden pro Woche garantiert, höchstens { $max }
job-housing = Unterkunft
job-housing-provided-free = Vom Arbeitgeber gestellt, kostenlos.
job-housing-provided-cost = Vom Arbeitgeber gestellt; Sie zahlen { $cost } im Monat.
job-housing-not-provided = Wird nicht gestellt.
job-medical = Medizinische Versorgung
medical-none = Keine
medical-insurance = Krankenversicherung, vom Arbeitgeber bezahlt
medical-care = Medizinische Versorgung durch den Arbeitgeber
medical-care_and_insurance = Medizinische Versorgung und Krankenversicherung durch den Arbeitgeber
job-return = Rückreise
job-return-paid = Vom Arbeitgeber bezahlt.
job-return-not-paid = Nicht vom Arbeitgeber bezahlt.
job-rehire = Wiedereinstellung
job-rehire-yes = Wer eine Vermittlung abschließt, wird bevorzugt wieder eingestellt.
job-rehire-no = Kein Vorrang bei der Wiedereinstellung.
job-social-security = Rente und soziale Sicherheit
job-pathway = Daueraufenthalt
job-pathway-yes = Dieses Programm kann zu einem Daueraufenthalt führen.
job-pathway-no = Dieses Programm führt nicht zu einem Daueraufenthalt.
job-languages = Erforderliche Sprachen
job-language-level = { $language } auf Niveau { $level } oder höher
job-experience = Erforderliche Erfahrung
job-experience-months = { $months } Monate
job-skills = Erforderliche Fähigkeiten
job-skills-optional = Hilfreiche Fähigkeiten
job-contract-languages = Vertrag erhältlich auf
job-costs = Wer die Anwerbungskosten zahlt
job-costs-note = Nach dem Grundsatz „Der Arbeitgeber zahlt“ zahlt die Arbeitskraft keine dieser Kosten. Wenn jemand von Ihnen Geld verlangt, melden Sie es.
job-cost-category = Kosten
job-cost-amount = Betrag
job-cost-paid-by = Bezahlt von
job-cost-undeclared = Arbeitgeber (Grundsatz „Der Arbeitgeber zahlt“)
job-apply = Auf diese Stelle bewerben
job-applied = Sie haben sich auf diese Stelle beworben.
job-sign-in-to-apply = Melden Sie sich als Arbeitskraft an, um sich zu bewerben.
job-g2g = Abkommen zwischen Regierungen

cost-recruitment_service = Gebühr für die Vermittlung
cost-medical = Ärztliche Untersuchung
cost-insurance = Versicherung
cost-skills_tests = Fach- und Sprachprüfungen
cost-training_orientation = Schulung und Vorbereitung vor der Ausreise
cost-equipment = Ausrüstung
cost-travel_lodging = Reise und Unterkunft
cost-visa_administrative = Visum und Verwaltungskosten

party-worker = Arbeitskraft
party-employer = Arbeitgeber
party-agency = Vermittlungsagentur
party-government = Regierung
party-third_party = Eine andere Person

placements-title = Meine Bewerbungen
placements-none = Sie haben sich noch auf keine Stelle beworben.
placement-title = Bewerbung { NUMBER($id, useGrouping: "false") }
placement-status = Stand
placement-timeline = Verlauf
placement-job = Stelle

status-applied = Beworben
status-shortlisted = In der engeren Wahl
status-selected = Ausgewählt
status-contract_signed = Vertrag unterschrieben
status-orientation_done = Vorbereitung vor der Ausreise abgeschlossen
status-visa_issued = Visum erteilt
status-departed = Ausgereist
status-arrived = Angekommen
status-employed = In Arbeit
status-completed = Vertrag erfüllt
status-returned = Nach Hause zurückgekehrt
status-withdrawn = Zurückgezogen
status-rejected = Nicht ausgewählt
status-ended_early = Vorzeitig beendet

dashboard-title = Übersicht
dashboard-programmes = Programme
dashboard-job-orders = Stellenangebote
dashboard-violations = Gemeldete Verstöße bei Gebühren
dashboard-researcher = Forschende sehen nur zusammengefasste, geschützte Statistiken, keine personenbezogenen Daten.

error-title = Etwas stimmt nicht
error-not-found = Diese Seite gibt es nicht.
error-forbidden = Sie dürfen diese Seite nicht sehen.
error-back = Zurück zum Anfang

footer-data = Berufe und Fähigkeiten: ESCO (© Europäische Union, CC BY 4.0). Schutzmaßnahmen für Gesundheitspersonal: WHO (2023).

# Statistik (Datengrundlage)
home-stats = Statistik: Arbeitsmigranten im Ausland, Wanderungsströme, Arbeitskräftelücken, Gebühren
dashboard-stats = Statistik öffnen: geschützte Tabellen und Diagramme, zum Herunterladen als CSV, JSON und SDMX
stats-title = Statistik
stats-intro = Zahlen aus Corridors eigenen Aufzeichnungen zu Vermittlungen, Stellenangeboten, registrierten Arbeitskräften und dem Gebührenbuch. Neben jeder Zahl stehen Quelle, Definition, Methode und Unsicherheit. Personenbezogene Daten werden nie gezeigt: Eine Zahl, die auf weniger als { $min } Personen beruht, wird zurückgehalten, zusammen mit so vielen anderen, dass sie sich nicht aus den Summen errechnen lässt.
stats-all-figures = Alle Zahlen
stats-api = Jede Tabelle gibt es auch über die API (/api/v1/stats) als JSON, CSV und SDMX-CSV.
stats-source = Quelle
stats-reference = Bezug
stats-reference-date = am { $date }
stats-reference-period = { $from } bis { $to }
stats-definition = Definition
stats-method = Methode
stats-unit = Einheit
stats-uncertainty = Unsicherheit
stats-disclosure = Geheimhaltung
stats-disclosure-text = Zellen, die auf weniger als { $min } Personen beruhen, werden zurückgehalten: { $primary } hier und { $secondary } weitere, damit sich keine aus den Summen errechnen lässt.
stats-not-additive = Diese Zellen ergeben zusammen nicht ihre Summen: Jede Summe wird direkt berechnet.
stats-uncertainty-complete = Vollständige Zählung von Verwaltungsdaten: kein Stichprobenfehler. Erfassungsfehler und verspätete Einträge werden nicht beziffert.
stats-uncertainty-replicates = Standardfehler aus Replikationsgewichten; ± ist die Fehlermarge bei 90 %; ein Variationskoeffizient (CV) über 30 % wird als unzuverlässig markiert.
stats-uncertainty-none = Für diese Quelle lässt sich kein Standardfehler berechnen.
stats-download = Herunterladen
stats-withheld = zurückgehalten
stats-withheld-primary = zurückgehalten: weniger als { $min } Personen
stats-withheld-secondary = zurückgehalten, um eine andere Zelle zu schützen
stats-not-defined = nicht definiert (keine Fälle)
stats-unreliable = unzuverlässig (CV über 30 %)
stats-total = Insgesamt
stats-unknown = Unbekannt
stats-value = Wert
stats-status = Status
stats-chart = Diagramm
stats-show = Anzeigen
stats-cross = Aufgliedern nach
stats-date = Datum
stats-from = Von
stats-to = Bis
stats-period = Zeitraum
stats-period-hint = Ein Jahr (2025), ein Quartal (2025-Q1) oder ein Monat (2025-03)
stats-date-hint = Der letzte Tag eines Monats
stats-busy = Der Statistikdienst berechnet gerade andere Tabellen. Bereits berechnete Tabellen werden sofort angezeigt; bitte versuchen Sie es in einigen Sekunden erneut.
stats-too-many = Sie haben in kurzer Zeit viele neue Tabellen angefordert. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
stats-calendar-periods = Nur für Kalendermonate, -quartale und -jahre veröffentlicht, jeweils aus einer einzigen geschützten Tabelle des ganzen Jahres geschnitten, sodass sich durch Subtrahieren veröffentlichter Tabellen keine kleine Gruppe aufdecken lässt.
stats-bad-request = Diese Tabelle lässt sich nicht erstellen: { $reason }
stats-more = Einzelheiten, weitere Aufgliederungen und Downloads
stats-unit-PS = Personen
stats-unit-POS = Stellen
stats-unit-PT = Anteil (Prozent)
stats-unit-DAYS = Tage
stats-unit-NUM = Zahlungen
stats-unit-MINOR_UNITS = kleinste Währungseinheit (Cent)

stats-dim-corridor = Korridor
stats-dim-origin = Herkunftsland
stats-dim-destination = Zielland
stats-dim-programme = Programm
stats-dim-isco1 = Beruf (ISCO-08-Berufshauptgruppe)
stats-dim-isco2 = Beruf (ISCO-08-Berufsgruppe)
stats-dim-sex = Geschlecht
stats-dim-age = Altersgruppe
stats-dim-month = Monat
stats-dim-quarter = Quartal
stats-dim-year = Jahr
stats-dim-end_reason = Grund für das vorzeitige Ende
stats-dim-currency = Währung
stats-dim-fee_category = Gebührenart (ILO 2019)
stats-dim-payer = Wer gezahlt hat
stats-dim-un_duration = Aufenthaltsdauer (UN 1998)
stats-dim-country_of_birth = Geburtsland
stats-dim-geography = Gebiet

stats-code-F = Frauen
stats-code-M = Männer
stats-code-O = Divers
stats-code-EMPLOYER_BREACH = Arbeitgeber hat den Vertrag gebrochen
stats-code-WORKER_CHOICE = Entscheidung der Arbeitskraft
stats-code-CHANGED_EMPLOYER = Arbeitgeber gewechselt
stats-code-HEALTH = Krankheit oder Verletzung
stats-code-WORK_ENDED = Keine Arbeit mehr
stats-code-OTHER = Anderer Grund
stats-code-WORKER = Arbeitskraft
stats-code-EMPLOYER = Arbeitgeber
stats-code-AGENCY = Vermittlungsagentur
stats-code-GOVERNMENT = Regierung
stats-code-THIRD_PARTY = Eine andere Person
stats-code-RECRUITMENT_SERVICE = Gebühr für die Vermittlung
stats-code-MEDICAL = Medizinische Kosten
stats-code-INSURANCE = Versicherung
stats-code-SKILLS_TESTS = Fachprüfungen
stats-code-TRAINING_ORIENTATION = Schulung und Vorbereitung
stats-code-EQUIPMENT = Ausrüstung
stats-code-TRAVEL_LODGING = Reise und Unterkunft
stats-code-VISA_ADMINISTRATIVE = Visa und Verwaltungskosten
stats-code-BRIBE = Bestechungsgeld
stats-code-KICKBACK = Schmiergeld-Rückzahlung
stats-code-BOND = Kaution oder Pfand
stats-code-COLLATERAL = Sicherheit
stats-code-LONG_TERM = Langfristig (12 Monate oder mehr)
stats-code-SHORT_TERM = Kurzfristig (3 bis 12 Monate)
stats-code-UNDER_3M = Unter 3 Monaten

stats-fig-stock-abroad-title = Arbeitskräfte im Ausland
stats-fig-stock-abroad-definition = Über Corridor-Programme ins Ausland vermittelte Arbeitskräfte, die ausgereist sind und bis zum Stichtag weder zurückgekehrt sind noch ihre Beschäftigung vorzeitig beendet haben. Ein Aufenthalt von 12 Monaten oder mehr ist langfristig, von 3 bis 12 Monaten kurzfristig (UN 1998), gemessen am geplanten Vertrag.
stats-fig-stock-abroad-method = Zahl der Vermittlungen mit einer Ausreise am oder vor dem Stichtag und ohne Rückkehr oder vorzeitiges Ende bis dahin; nach Zeitraum, jeweils am letzten Tag des Zeitraums.
stats-fig-departures-title = Ausreisen
stats-fig-departures-definition = Arbeitskräfte, die ihr Herkunftsland für eine Stelle in einem Corridor-Programm verlassen (ein Strom).
stats-fig-departures-method = Zahl der Ausreiseereignisse im Zeitraum.
stats-fig-returns-title = Rückkehr
stats-fig-returns-definition = Arbeitskräfte, die nach einer Vermittlung in ihr Herkunftsland zurückkehren (ein Strom).
stats-fig-returns-method = Zahl der Rückkehrereignisse im Zeitraum.
stats-fig-early-endings-title = Vorzeitig beendete Beschäftigung
stats-fig-early-endings-definition = Vermittlungen, deren Beschäftigung vor dem Vertragsende endete, nach dem erfassten Grund.
stats-fig-early-endings-method = Zahl der Ereignisse eines vorzeitigen Endes im Zeitraum.
stats-fig-demand-title = Nachfrage: Stellen in offenen Stellenangeboten
stats-fig-demand-definition = Stellen in genehmigten Stellenangeboten, die am oder vor dem Stichtag veröffentlicht und noch nicht geschlossen wurden. Corridor erfasst nicht, an welchem Tag ein Stellenangebot geschlossen wurde: Ein geschlossenes zählt bis zu seinem ersten Arbeitstag.
stats-fig-demand-method = Summe der Stellen der am Stichtag offenen Stellenangebote.
stats-fig-supply-title = Angebot: verfügbare berechtigte Arbeitskräfte
stats-fig-supply-definition = Registrierte Arbeitskräfte, die am Stichtag verfügbar sind und an einem Programm teilnehmen können (Staatsangehörigkeit oder Wohnsitz in seinem Herkunftsland und ein Beruf, den es abdeckt). Gezählt werden nur Arbeitskräfte, die der Zählung in Statistiken zugestimmt haben.
stats-fig-supply-method = Verschiedene Arbeitskräfte; wer für mehrere Programme oder Berufe berechtigt ist, zählt in jedem einmal und in jeder Summe einmal.
stats-fig-gap-title = Lücke: Nachfrage minus Angebot
stats-fig-gap-definition = Stellen in offenen Stellenangeboten minus verfügbare berechtigte Arbeitskräfte; ein positiver Wert bedeutet mehr Stellen als berechtigte Arbeitskräfte.
stats-fig-gap-method = Nachfrage minus Angebot, Zelle für Zelle, am Stichtag.
stats-fig-fill-rate-title = Besetzungsquote der Stellenangebote
stats-fig-fill-rate-definition = Ausgereiste Arbeitskräfte je Stelle, für im Zeitraum veröffentlichte Stellenangebote.
stats-fig-fill-rate-method = Vermittlungen mit Ausreise geteilt durch Stellen, für im Zeitraum veröffentlichte Stellenangebote, nach dem Stand bei Erstellung der Tabelle.
stats-fig-days-to-departure-median-title = Tage vom Stellenangebot bis zur Ausreise (Median)
stats-fig-days-to-departure-median-definition = Tage zwischen der Veröffentlichung eines Stellenangebots und der Ausreise einer Arbeitskraft dafür, für Ausreisen im Zeitraum.
stats-fig-days-to-departure-median-method = Median durch lineare Interpolation (Typ 7).
stats-fig-days-to-departure-p90-title = Tage vom Stellenangebot bis zur Ausreise (90. Perzentil)
stats-fig-days-to-departure-p90-definition = Tage zwischen der Veröffentlichung eines Stellenangebots und der Ausreise einer Arbeitskraft dafür, für Ausreisen im Zeitraum.
stats-fig-days-to-departure-p90-method = 90. Perzentil durch lineare Interpolation (Typ 7): Neun von zehn Ausreisen dauerten höchstens so lange.
stats-fig-fee-violations-title = Verstöße bei Gebühren
stats-fig-fee-violations-definition = Zahlungen im Gebührenbuch, die gegen die Regeln fairer Anwerbung verstießen: eine Arbeitskraft, die eine Anwerbungsgebühr oder damit verbundene Kosten zahlt, oder jedes Bestechungsgeld, jede Schmiergeld-Rückzahlung, Kaution oder Sicherheit (Definition der ILO von 2019).
stats-fig-fee-violations-method = Zahl der regelwidrigen Zahlungen im Zeitraum.
stats-fig-fee-violation-amount-paid-by-workers-title = Gebühren, die Arbeitskräfte zahlen mussten
stats-fig-fee-violation-amount-paid-by-workers-definition = Regelwidrige Zahlungen von Arbeitskräften (Definition der ILO von 2019), je Währung.
stats-fig-fee-violation-amount-paid-by-workers-method = Summe in kleinsten Währungseinheiten (Cent) der regelwidrigen Zahlungen von Arbeitskräften im Zeitraum; Währungen werden nie umgerechnet oder addiert.
stats-fig-return-rate-title = Rückkehrquote
stats-fig-return-rate-definition = Von den Vermittlungen, deren Beschäftigung im Zeitraum endete (regulär oder vorzeitig), der Anteil mit erfasster Rückkehr nach Hause.
stats-fig-return-rate-method = Beendete Vermittlungen mit Rückkehrereignis geteilt durch alle beendeten Vermittlungen.
stats-fig-rehire-rate-title = Wiedereinstellungsquote
stats-fig-rehire-rate-definition = Von den Ausreisen im Zeitraum der Anteil von Arbeitskräften, die schon eine frühere Vermittlung abgeschlossen hatten: nachgewiesene Arbeitserfahrung, die sich auszahlt.
stats-fig-rehire-rate-method = Ausreisen von Arbeitskräften mit einer früheren abgeschlossenen Vermittlung geteilt durch alle Ausreisen im Zeitraum.

# Warum ein Stellenangebot empfohlen wird: eine Zeile je Teil der Bewertung
# (ISCO-08: Berufshauptgruppe, Berufsgruppe, Berufsuntergruppe, Berufsgattung).
why-same-occupation = gleicher Beruf: { $occupation }
why-same-unit-group = gleiche Berufsgattung { $group }
why-same-minor-group = gleiche Berufsuntergruppe { $group }
why-same-sub-major-group = gleiche Berufsgruppe { $group }
why-same-major-group = gleiche Berufshauptgruppe { $group }
why-unrelated = kein verwandter Beruf
why-required-skills = { $held } von { $of } erforderlichen Fähigkeiten
why-optional-skills = { $held } von { $of } optionalen Fähigkeiten
why-language = { $language } { $has }, erforderlich { $needs }
why-experience = { $years ->
    [0] { $months ->
        [one] 1 Monat
       *[other] { $months } Monate
    }
    [one] { $months ->
        [0] 1 Jahr
        [one] 1 Jahr und 1 Monat
       *[other] 1 Jahr und { $months } Monate
    }
   *[other] { $months ->
        [0] { $years } Jahre
        [one] { $years } Jahre und 1 Monat
       *[other] { $years } Jahre und { $months } Monate
    }
} Erfahrung in der Berufsgruppe
why-available-whole = verfügbar für die gesamte Vertragsdauer
why-available-part = verfügbar für { $covered } von { $days } Tagen des Vertrags
why-returning = zurückkehrende Arbeitskraft: Vorrang
why-returning-same-employer = zurückkehrende Arbeitskraft: Vorrang, gleicher Arbeitgeber
why-named = vom Arbeitgeber namentlich angefordert
why-preference = bevorzugt dieses Programm oder Ziel ({ $destination })
