# Pagine di Corridor, italiano.
# Traduzione automatica, da far rivedere a una persona di madrelingua italiana
# (vedi TRANSLATIONS.md). Termini dell'OIL: «commissioni di reclutamento e
# costi correlati»; livelli ISCO-08 come nella classificazione ISTAT: grande
# gruppo, gruppo, classe, categoria.
app-name = Corridor
app-tagline = Lavoro legale all'estero, ogni condizione per iscritto, nessuna commissione per i lavoratori.
nav-jobs = Offerte di lavoro
nav-my-placements = Le mie candidature
nav-dashboard = Pannello
nav-sign-in = Accedi
nav-sign-out = Esci
nav-language = Lingua
signed-in-as = Accesso come { $name } ({ $role })

home-title = Lavorare all'estero, in sicurezza e con equità
home-intro = Corridor pubblica offerte di lavoro proposte nell'ambito di accordi tra Paesi. Ogni offerta indica salario, orario, alloggio, assistenza sanitaria e viaggio di ritorno, e chi paga ciascun costo del reclutamento. I lavoratori non pagano mai commissioni di reclutamento.
home-browse = Vedi le offerte aperte
home-check-agency = Verifica un'agenzia di reclutamento
home-api = Documentazione dell'API (OpenAPI)

sign-in-title = Accedi
sign-in-email = E-mail
sign-in-password = Password
sign-in-submit = Accedi
sign-in-failed = L'e-mail o la password non sono corrette.

jobs-title = Offerte di lavoro aperte
jobs-for-you = Offerte aperte nei programmi a cui può partecipare
jobs-count = { $count ->
    [one] { $count } offerta di lavoro
    [many] { $count } di offerte di lavoro
   *[other] { $count } offerte di lavoro
}
jobs-recommended = Consigliate per lei
jobs-recommended-note = Ordinate in base a quanto corrispondono la sua professione, la sua esperienza, le sue competenze e le sue lingue, e se ha già lavorato nel programma. Ogni motivo è indicato.
jobs-none = Al momento non ci sono offerte aperte per lei.
jobs-positions = { $count ->
    [one] { $count } posto
    [many] { $count } di posti
   *[other] { $count } posti
}
jobs-starts = Inizio il { $date }, per { $months } mesi
jobs-see = Vedi tutte le condizioni

job-title = Offerta di lavoro { NUMBER($id, useGrouping: "false") }
job-programme = Programma
job-corridor = Da { $origin } a { $destination }
job-employer = Datore di lavoro
job-location = Luogo
job-occupation = Professione
job-start = Inizio
job-duration = Durata del contratto
job-months = { $months } mesi
job-wage = Salario
job-wage-minimum = Il minimo del programma è { $minimum }.
job-hours = Orario
job-hours-text = { $guaranteed } ore settimanali garantite, al massimo { $max }
job-housing = Alloggio
job-housing-provided-free = Fornito gratuitamente dal datore di lavoro.
job-housing-provided-cost = Fornito dal datore di lavoro; lei paga { $cost } al mese.
job-housing-not-provided = Non fornito.
job-medical = Assistenza sanitaria
medical-none = Non fornita
medical-insurance = Assicurazione sanitaria pagata dal datore di lavoro
medical-care = Assistenza sanitaria fornita dal datore di lavoro
medical-care_and_insurance = Assistenza sanitaria e assicurazione sanitaria fornite dal datore di lavoro
job-return = Viaggio di ritorno
job-return-paid = Pagato dal datore di lavoro.
job-return-not-paid = Non pagato dal datore di lavoro.
job-rehire = Riassunzione
job-rehire-yes = Chi completa un collocamento viene riassunto con precedenza.
job-rehire-no = Nessuna precedenza per la riassunzione.
job-social-security = Pensione e previdenza sociale
job-pathway = Residenza permanente
job-pathway-yes = Questo programma può portare alla residenza permanente.
job-pathway-no = Questo programma non porta alla residenza permanente.
job-languages = Lingue richieste
job-language-level = { $language } di livello { $level } o superiore
job-experience = Esperienza richiesta
job-experience-months = { $months } mesi
job-skills = Competenze richieste
job-skills-optional = Competenze utili
job-contract-languages = Contratto disponibile in
job-costs = Chi paga i costi del reclutamento
job-costs-note = Secondo il principio «paga il datore di lavoro», il lavoratore non paga nessuno di questi costi. Se qualcuno le chiede di pagare, lo segnali.
job-cost-category = Costo
job-cost-amount = Importo
job-cost-paid-by = Pagato da
job-cost-undeclared = Datore di lavoro (principio «paga il datore di lavoro»)
job-apply = Candidarsi per questa offerta
job-applied = Ha inviato la candidatura per questa offerta.
job-sign-in-to-apply = Acceda come lavoratore per candidarsi.
job-g2g = Accordo tra governi

cost-recruitment_service = Commissione per il servizio di reclutamento
cost-medical = Visita medica
cost-insurance = Assicurazione
cost-skills_tests = Prove di competenza e di lingua
cost-training_orientation = Formazione e orientamento prima della partenza
cost-equipment = Attrezzatura
cost-travel_lodging = Viaggio e alloggio
cost-visa_administrative = Visto e spese amministrative

party-worker = Lavoratore
party-employer = Datore di lavoro
party-agency = Agenzia di reclutamento
party-government = Governo
party-third_party = Un'altra persona

placements-title = Le mie candidature
placements-none = Non ha ancora inviato nessuna candidatura.
placement-title = Candidatura { NUMBER($id, useGrouping: "false") }
placement-status = Stato
placement-timeline = Cronologia
placement-job = Offerta

status-applied = Candidatura inviata
status-shortlisted = Nella rosa dei candidati
status-selected = Selezionato
status-contract_signed = Contratto firmato
status-orientation_done = Orientamento prima della partenza completato
status-visa_issued = Visto rilasciato
status-departed = Partito
status-arrived = Arrivato
status-employed = Al lavoro
status-completed = Contratto completato
status-returned = Rientrato a casa
status-withdrawn = Candidatura ritirata
status-rejected = Non selezionato
status-ended_early = Terminato in anticipo

dashboard-title = Pannello
dashboard-programmes = Programmi
dashboard-job-orders = Offerte di lavoro
dashboard-violations = Violazioni sulle commissioni segnalate
dashboard-researcher = I ricercatori vedono solo statistiche aggregate e protette, nessun dato personale.

error-title = Qualcosa non va
error-not-found = Questa pagina non esiste.
error-forbidden = Non ha il permesso di vedere questa pagina.
error-back = Torna all'inizio

footer-data = Professioni e competenze: ESCO (© Unione europea, CC BY 4.0). Tutele per il personale sanitario: OMS (2023).

# Statistiche (base di evidenze)
home-stats = Statistiche: lavoratori migranti all'estero, flussi, carenze di manodopera, commissioni
dashboard-stats = Apri le statistiche: tavole e grafici protetti, da scaricare in CSV, JSON e SDMX
stats-title = Statistiche
stats-intro = Dati tratti dai registri di Corridor su collocamenti, offerte di lavoro, lavoratori iscritti e registro delle commissioni. Accanto a ogni dato sono indicati fonte, definizione, metodo e incertezza. Nessun dato personale viene mai mostrato: un dato basato su meno di { $min } persone viene oscurato, insieme ad altri in numero sufficiente perché non si possa ricavare dai totali.
stats-all-figures = Tutti i dati
stats-api = Ogni tavola è disponibile anche tramite l'API (/api/v1/stats) in JSON, CSV e SDMX-CSV.
stats-source = Fonte
stats-reference = Riferimento
stats-reference-date = al { $date }
stats-reference-period = dal { $from } al { $to }
stats-definition = Definizione
stats-method = Metodo
stats-unit = Unità
stats-uncertainty = Incertezza
stats-disclosure = Tutela della riservatezza
stats-disclosure-text = Le celle basate su meno di { $min } persone sono oscurate: { $primary } qui, e altre { $secondary } perché nessuna si possa ricavare dai totali.
stats-not-additive = La somma di queste celle non dà i totali: ogni totale è calcolato direttamente.
stats-uncertainty-complete = Conteggio completo di registri amministrativi: nessun errore campionario. Gli errori di registrazione e le annotazioni tardive non sono quantificati.
stats-uncertainty-replicates = Errori standard da pesi replicati; ± è il margine di errore al 90%; un CV superiore al 30% è segnalato come poco affidabile.
stats-uncertainty-none = Per questa fonte non si può calcolare un errore standard.
stats-download = Scarica
stats-withheld = oscurato
stats-withheld-primary = oscurato: meno di { $min } persone
stats-withheld-secondary = oscurato per proteggere un'altra cella
stats-not-defined = non definito (nessun caso)
stats-unreliable = poco affidabile (CV superiore al 30%)
stats-total = Totale
stats-unknown = Non noto
stats-value = Valore
stats-status = Stato
stats-chart = Grafico
stats-show = Mostra
stats-cross = Incrocia per
stats-date = Data
stats-from = Dal
stats-to = Al
stats-period = Periodo
stats-period-hint = Un anno (2025), un trimestre (2025-Q1) o un mese (2025-03)
stats-date-hint = L’ultimo giorno di un mese
stats-busy = Il servizio statistico è occupato a calcolare altre tabelle. Le tabelle già calcolate vengono mostrate subito; riprova tra qualche secondo.
stats-too-many = Hai chiesto molte tabelle nuove in poco tempo. Attendi un momento, poi riprova.
stats-calendar-periods = Pubblicato solo per mesi, trimestri e anni solari, ciascuno ricavato da un’unica tabella protetta dell’intero anno, così che nessuna sottrazione tra tabelle pubblicate possa rivelare un piccolo gruppo.
stats-bad-request = Impossibile produrre questa tavola: { $reason }
stats-more = Dettagli, altri incroci e download
stats-unit-PS = persone
stats-unit-POS = posti
stats-unit-PT = quota (per cento)
stats-unit-DAYS = giorni
stats-unit-NUM = pagamenti
stats-unit-MINOR_UNITS = unità minime della valuta (centesimi)

stats-dim-corridor = Corridoio
stats-dim-origin = Paese di origine
stats-dim-destination = Paese di destinazione
stats-dim-programme = Programma
stats-dim-isco1 = Professione (grande gruppo ISCO-08)
stats-dim-isco2 = Professione (gruppo ISCO-08)
stats-dim-sex = Sesso
stats-dim-age = Classe di età
stats-dim-month = Mese
stats-dim-quarter = Trimestre
stats-dim-year = Anno
stats-dim-end_reason = Motivo della fine anticipata
stats-dim-currency = Valuta
stats-dim-fee_category = Categoria di commissione (OIL 2019)
stats-dim-payer = Chi ha pagato
stats-dim-un_duration = Durata del soggiorno (ONU 1998)
stats-dim-country_of_birth = Paese di nascita
stats-dim-geography = Area

stats-code-F = Donne
stats-code-M = Uomini
stats-code-O = Altro
stats-code-EMPLOYER_BREACH = Il datore di lavoro ha violato il contratto
stats-code-WORKER_CHOICE = Scelta del lavoratore
stats-code-CHANGED_EMPLOYER = Cambio di datore di lavoro
stats-code-HEALTH = Malattia o infortunio
stats-code-WORK_ENDED = Il lavoro è finito
stats-code-OTHER = Altro motivo
stats-code-WORKER = Lavoratore
stats-code-EMPLOYER = Datore di lavoro
stats-code-AGENCY = Agenzia di reclutamento
stats-code-GOVERNMENT = Governo
stats-code-THIRD_PARTY = Un'altra persona
stats-code-RECRUITMENT_SERVICE = Commissione per il servizio di reclutamento
stats-code-MEDICAL = Spese mediche
stats-code-INSURANCE = Assicurazione
stats-code-SKILLS_TESTS = Prove di competenza
stats-code-TRAINING_ORIENTATION = Formazione e orientamento
stats-code-EQUIPMENT = Attrezzatura
stats-code-TRAVEL_LODGING = Viaggio e alloggio
stats-code-VISA_ADMINISTRATIVE = Visti e spese amministrative
stats-code-BRIBE = Tangente
stats-code-KICKBACK = Retrocessione illecita
stats-code-BOND = Cauzione o deposito
stats-code-COLLATERAL = Garanzia
stats-code-LONG_TERM = Lungo periodo (12 mesi o più)
stats-code-SHORT_TERM = Breve periodo (da 3 a 12 mesi)
stats-code-UNDER_3M = Meno di 3 mesi

stats-fig-stock-abroad-title = Lavoratori all'estero
stats-fig-stock-abroad-definition = Lavoratori collocati all'estero tramite i programmi di Corridor che sono partiti e, alla data di riferimento, non sono rientrati né hanno terminato in anticipo il rapporto di lavoro. Un soggiorno di 12 mesi o più è di lungo periodo, da 3 a 12 mesi di breve periodo (ONU 1998), in base al contratto previsto.
stats-fig-stock-abroad-method = Conteggio dei collocamenti con una partenza entro la data e senza rientro né fine anticipata a quella data; per periodo, all'ultimo giorno di ogni periodo.
stats-fig-departures-title = Partenze
stats-fig-departures-definition = Lavoratori che lasciano il Paese di origine per un lavoro in un programma di Corridor (un flusso).
stats-fig-departures-method = Conteggio degli eventi di partenza datati nel periodo.
stats-fig-returns-title = Rientri
stats-fig-returns-definition = Lavoratori che tornano nel Paese di origine dopo un collocamento (un flusso).
stats-fig-returns-method = Conteggio degli eventi di rientro datati nel periodo.
stats-fig-early-endings-title = Rapporti di lavoro terminati in anticipo
stats-fig-early-endings-definition = Collocamenti il cui rapporto di lavoro è terminato prima della fine del contratto, per motivo registrato.
stats-fig-early-endings-method = Conteggio degli eventi di fine anticipata datati nel periodo.
stats-fig-demand-title = Domanda: posti nelle offerte aperte
stats-fig-demand-definition = Posti nelle offerte di lavoro approvate, pubblicate entro la data e non ancora chiuse. Corridor non registra il giorno di chiusura di un'offerta: un'offerta chiusa conta fino al suo primo giorno di lavoro.
stats-fig-demand-method = Somma dei posti delle offerte aperte alla data.
stats-fig-supply-title = Offerta di manodopera: lavoratori idonei disponibili
stats-fig-supply-definition = Lavoratori iscritti disponibili alla data che possono partecipare a un programma (cittadinanza o residenza nel suo Paese di origine e una professione che il programma copre). Sono contati solo i lavoratori che hanno acconsentito a essere contati nelle statistiche.
stats-fig-supply-method = Lavoratori distinti; chi è idoneo a più programmi o professioni conta una volta in ciascuno e una volta in ogni totale.
stats-fig-gap-title = Divario: domanda meno offerta
stats-fig-gap-definition = Posti nelle offerte aperte meno lavoratori idonei disponibili; un valore positivo indica più posti che lavoratori idonei.
stats-fig-gap-method = Domanda meno offerta, cella per cella, alla data.
stats-fig-fill-rate-title = Tasso di copertura delle offerte
stats-fig-fill-rate-definition = Lavoratori partiti per posto, per le offerte pubblicate nel periodo.
stats-fig-fill-rate-method = Collocamenti con partenza diviso posti, per le offerte pubblicate nel periodo, come registrati al momento della produzione della tavola.
stats-fig-days-to-departure-median-title = Giorni dall'offerta alla partenza (mediana)
stats-fig-days-to-departure-median-definition = Giorni tra la pubblicazione di un'offerta di lavoro e la partenza di un lavoratore per essa, per le partenze del periodo.
stats-fig-days-to-departure-median-method = Mediana per interpolazione lineare (tipo 7).
stats-fig-days-to-departure-p90-title = Giorni dall'offerta alla partenza (90° percentile)
stats-fig-days-to-departure-p90-definition = Giorni tra la pubblicazione di un'offerta di lavoro e la partenza di un lavoratore per essa, per le partenze del periodo.
stats-fig-days-to-departure-p90-method = 90° percentile per interpolazione lineare (tipo 7): nove partenze su dieci hanno richiesto al massimo questo tempo.
stats-fig-fee-violations-title = Violazioni sulle commissioni
stats-fig-fee-violations-definition = Pagamenti del registro delle commissioni contrari alle regole del reclutamento equo: un lavoratore che paga una commissione di reclutamento o un costo correlato, oppure qualsiasi tangente, retrocessione illecita, cauzione o garanzia (definizione dell'OIL del 2019).
stats-fig-fee-violations-method = Conteggio dei pagamenti irregolari datati nel periodo.
stats-fig-fee-violation-amount-paid-by-workers-title = Commissioni fatte pagare ai lavoratori
stats-fig-fee-violation-amount-paid-by-workers-definition = Pagamenti irregolari effettuati dai lavoratori (definizione dell'OIL del 2019), per valuta.
stats-fig-fee-violation-amount-paid-by-workers-method = Somma in unità minime (centesimi) dei pagamenti irregolari dei lavoratori datati nel periodo; le valute non vengono mai convertite né sommate.
stats-fig-return-rate-title = Tasso di rientro
stats-fig-return-rate-definition = Tra i collocamenti il cui rapporto di lavoro è terminato nel periodo (completato o in anticipo), la quota con un rientro a casa registrato.
stats-fig-return-rate-method = Collocamenti terminati con un evento di rientro diviso tutti i collocamenti terminati.
stats-fig-rehire-rate-title = Tasso di riassunzione
stats-fig-rehire-rate-definition = Tra le partenze del periodo, la quota di lavoratori che avevano completato un collocamento precedente: l'esperienza lavorativa dimostrata che dà frutti.
stats-fig-rehire-rate-method = Partenze di lavoratori con un collocamento precedente completato diviso tutte le partenze del periodo.

# Perché un'offerta è consigliata: una riga per ogni parte del punteggio
# (livelli ISCO-08: grande gruppo, gruppo, classe, categoria).
why-same-occupation = stessa professione: { $occupation }
why-same-unit-group = stessa categoria { $group }
why-same-minor-group = stessa classe { $group }
why-same-sub-major-group = stesso gruppo { $group }
why-same-major-group = stesso grande gruppo { $group }
why-unrelated = nessuna professione affine
why-required-skills = { $held } su { $of } competenze richieste
why-optional-skills = { $held } su { $of } competenze facoltative
why-language = { $language } { $has }, richiesto { $needs }
why-experience = { $years ->
    [0] { $months ->
        [one] 1 mese
        [many] { $months } di mesi
       *[other] { $months } mesi
    }
    [one] { $months ->
        [0] 1 anno
        [one] 1 anno e 1 mese
        [many] 1 anno e { $months } mesi
       *[other] 1 anno e { $months } mesi
    }
    [many] { $months ->
        [0] { $years } di anni
        [one] { $years } di anni e 1 mese
        [many] { $years } di anni e { $months } mesi
       *[other] { $years } di anni e { $months } mesi
    }
   *[other] { $months ->
        [0] { $years } anni
        [one] { $years } anni e 1 mese
        [many] { $years } anni e { $months } mesi
       *[other] { $years } anni e { $months } mesi
    }
} di esperienza nel gruppo professionale
why-available-whole = disponibile per tutta la durata del contratto
why-available-part = disponibile per { $covered } giorni su { $days } del contratto
why-returning = lavoratore che ritorna: precedenza
why-returning-same-employer = lavoratore che ritorna: precedenza, stesso datore di lavoro
why-named = richiesto per nome dal datore di lavoro
why-preference = preferisce questo programma o questa destinazione ({ $destination })
