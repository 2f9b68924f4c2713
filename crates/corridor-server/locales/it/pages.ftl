# Pagine di Corridor per ogni ruolo, italiano. Prima vengono i messaggi
# comuni ai moduli, poi ogni area. I messaggi delle regole (rule-*) spiegano
# una regola violata nella lingua della pagina; l'API conserva il codice della
# regola.

## Moduli
form-error-title = C'è un problema
form-error-prefix = Errore:
form-choose = Scelga un'opzione
form-choose-country = Scelga un Paese
form-choose-level = Scelga un livello
form-date-invalid = Inserisca una data reale, per esempio 2026-03-27
form-years-invalid = Inserisca gli anni con un numero da 0 a 60
form-year-invalid = Inserisca un anno, per esempio 2019
form-number-invalid = Inserisca un numero
form-amount-invalid = Inserisca un importo, per esempio 1250.00
form-search = Cerca
form-add = Aggiungi
form-remove = Rimuovi
form-save = Salva
form-save-continue = Salva e continua
form-cancel = Annulla
form-expired = Il modulo è scaduto o non proviene da Corridor; ricarichi la pagina e riprovi.
reference-names-english = I nomi dei Paesi e delle lingue sono mostrati in inglese.
reference-labels-english = I nomi delle professioni e delle competenze provengono da ESCO e ISCO-08 e sono mostrati in inglese.

nav-menu = Menu
nav-my-home = La mia pagina
nav-sign-up = Registrati

## Lavoratore: registrazione e pagina iniziale
worker-only = Questa pagina è per i lavoratori.
worker-home-title = La mia pagina
worker-home-hello = Salve, { $name }
worker-home-proposals = { $count ->
    [one] { $count } offerta di lavoro attende la sua risposta
    [many] { $count } di offerte di lavoro attendono la sua risposta
   *[other] { $count } offerte di lavoro attendono la sua risposta
}
worker-home-no-applications = Non ha ancora nessuna candidatura.
worker-back-home = Torna alla mia pagina

sign-up-title = Crei il suo account
sign-up-intro = È gratuito. Non paga mai nessuna commissione per trovare lavoro tramite Corridor.
sign-up-account = Il suo account
sign-up-password = Scelga una password
sign-up-password-hint = Almeno 10 caratteri. La cosa migliore sono alcune parole che riesce a ricordare.
sign-up-submit = Crea il mio account
sign-up-have-account = Ha già un account?
sign-up-welcome = Il suo account è pronto. Ora ci parli del suo lavoro, così potremo mostrarle offerte adatte a lei.

## Lavoratore: profilo
profile-title = Il mio profilo
profile-given-name = Nomi
profile-family-name = Cognomi
profile-phone = Numero di telefono
profile-phone-hint = Con il prefisso internazionale, per esempio +52 55 1234 5678
profile-date-of-birth = Data di nascita
profile-sex = Sesso
profile-citizenship = Cittadinanza
profile-second-citizenship = Seconda cittadinanza
profile-country-of-birth = Paese di nascita
profile-country-of-residence = Paese in cui vive
profile-none = Nessuna
profile-step-about = Su di lei
profile-step-work = Il suo lavoro
profile-step-skills = Le sue competenze
profile-step-languages = Lingue
profile-step-education = Istruzione
profile-step-availability = Quando può lavorare
profile-step-done = Fatto
profile-step-todo = Da fare
profile-step-of = Passo { $number } di { $of }
profile-saved = Salvato.
profile-search-work = Trovi la sua professione
profile-search-work-hint = Scriva in inglese che lavoro fa, per esempio welder (saldatore), nurse (infermiere) o fruit picker (raccoglitore di frutta)
profile-search-skills = Trovi una competenza
profile-search-skills-hint = Scriva una competenza in inglese, per esempio forklift (carrello elevatore) o food safety (sicurezza alimentare)
profile-search-results = Risultati per «{ $query }»
profile-search-none = Nessun risultato. Provi con un'altra parola.
profile-your-occupations = Le sue professioni
profile-years = Anni di esperienza
profile-no-occupations = Ancora nessuna professione. Cerchi la sua qui sopra e la aggiunga.
profile-your-skills = Le sue competenze
profile-no-skills = Ancora nessuna competenza. Cerchi le sue qui sopra e le aggiunga.
profile-languages-hint = Aggiunga ogni lingua che parla. I datori di lavoro devono darle un contratto in una lingua che lei legge bene (livello B1 o superiore).
profile-language-n = Lingua { $n }
profile-language = Lingua
profile-level = Livello
profile-add-language = Aggiungi un'altra lingua
profile-education = Titolo di studio più alto conseguito
profile-qualification = Un diploma, un'abilitazione o un certificato
profile-qualification-title = Nome del titolo
profile-qualification-hint = Per esempio: abilitazione da infermiere, certificato di saldatura
profile-qualification-country = Paese che lo ha rilasciato
profile-qualification-year = Anno
profile-available-from = Disponibile dal
profile-available-until = Disponibile fino al
profile-available-until-hint = Lasci vuoto se non ha una data di fine.
profile-preferred-destination = Paese in cui le piacerebbe di più lavorare

sex-female = Femmina
sex-male = Maschio
sex-other = Altro sesso o genere
sex-not-stated = Preferisco non dirlo

cefr-a1 = principiante
cefr-a2 = elementare
cefr-b1 = intermedio: sa leggere un contratto
cefr-b2 = intermedio superiore
cefr-c1 = avanzato
cefr-c2 = fluente
cefr-native = Lingua madre

isced-0 = Nessun titolo di studio
isced-1 = Scuola primaria (elementare)
isced-2 = Scuola secondaria di primo grado (media)
isced-3 = Scuola secondaria di secondo grado (superiore)
isced-4 = Corso post-secondario (non universitario)
isced-5 = Corso terziario breve
isced-6 = Laurea triennale o equivalente
isced-7 = Laurea magistrale o equivalente
isced-8 = Dottorato di ricerca

## Lavoratore: consensi
consents-title = I suoi consensi
consents-intro = Lei decide che cosa fa Corridor con il suo profilo. Può cambiare ogni scelta in qualsiasi momento, e ogni modifica resta registrata qui sotto.
consents-change = Modifica i miei consensi
consents-saved = La sua scelta è salvata.
consents-history = Cronologia delle sue scelte
consents-when = Quando
consents-purpose = Per che cosa
consents-change-col = Modifica
consents-no-history = Non ha ancora fatto nessuna scelta.
consent-given = Dato
consent-not-given = Non dato
consent-withdrawn = Revocato
consent-give = Do il consenso
consent-withdraw = Revoco il consenso
consent-matching-title = Abbinare il mio profilo alle offerte
consent-matching-explained = Corridor confronta le sue professioni, la sua esperienza, le sue competenze e le sue lingue con le offerte aperte, le mostra le migliori e può includerla in una tornata di abbinamento gestita dai funzionari. I datori di lavoro vedono allora solo un numero, non il suo nome.
consent-sharing-with-employers-title = Condividere il mio profilo con i datori di lavoro
consent-sharing-with-employers-explained = Quando si candida per un'offerta, o accetta un'offerta che qualcuno le ha proposto, il datore di lavoro e la sua agenzia autorizzata possono leggere il suo profilo finché la candidatura è in corso. Se revoca questo consenso, non potranno più leggerlo.
consent-statistics-title = Includermi nelle statistiche
consent-statistics-explained = Corridor la conta, senza il suo nome né nulla che permetta di identificarla, nelle statistiche pubbliche sui lavoratori pronti a lavorare all'estero. I gruppi piccoli non vengono mai mostrati.
consent-contact-title = I funzionari possono contattarmi
consent-contact-explained = I funzionari del suo Paese possono telefonarle o scriverle a proposito dei programmi, per esempio quando se ne apre uno nuovo.

## Lavoratore: proposte
proposals-title = Offerte che mi sono state proposte
proposals-intro = Un'agenzia, un datore di lavoro o un funzionario può proporla per un lavoro. Nessuno vede il suo profilo finché lei non accetta. Se rifiuta, non le verrà più chiesto per quel lavoro.
proposals-need-sharing = Per accettare, deve prima acconsentire alla condivisione del suo profilo con i datori di lavoro.
proposals-made-on = Proposta del { $date }
proposal-pending = In attesa della sua risposta
proposal-accepted = Accettata
proposal-declined = Rifiutata
proposals-accept = Accetta e invia la candidatura
proposals-decline = Rifiuta
proposals-see-application = Vedi la mia candidatura
proposals-none = Nessuno l'ha ancora proposta per un lavoro.

## Lavoratore: candidature
placement-withdraw = Ritira la mia candidatura
placement-withdraw-explained = Può ritirarla in qualsiasi momento prima della partenza. Il datore di lavoro vedrà che l'ha ritirata; non deve dire perché.
placement-contract = Il suo contratto
placement-contract-language = Lingua del contratto
placement-ledger = Costi e commissioni pagati
placement-ledger-intro = Ogni pagamento fatto per il suo reclutamento. I lavoratori non pagano mai commissioni di reclutamento: se le hanno fatto pagare, lo segnali qui sotto.
placement-ledger-none = Nessun pagamento registrato.
placement-paid-by = pagato da: { $payer }, a: { $payee }
placement-violation = Viola il principio «paga il datore di lavoro»
placement-report = Segnala un pagamento che le hanno fatto fare
placement-report-explained = I funzionari del suo Paese vedono ogni segnalazione. Può segnalare anche se non ha una ricevuta.
placement-report-amount = Importo
placement-report-currency = Valuta
placement-report-paid-to = Pagato a
placement-report-category = Per che cosa ha pagato
placement-report-date = Data del pagamento
placement-report-note = Che cosa è successo (facoltativo)
placement-report-submit = Segnala il pagamento
placement-reported = La sua segnalazione è registrata. I funzionari del suo Paese la vedranno.
cost-bribe = Una tangente
cost-kickback = Una retrocessione illecita
cost-bond = Una cauzione o un deposito
cost-collateral = Una garanzia (un bene dato in pegno)

## Lavoratore: storico lavorativo
work-record-title = Il mio storico lavorativo
work-record-intro = I contratti che ha completato tramite Corridor. In molti programmi chi ritorna viene riassunto per primo.
work-record-job = Lavoro
work-record-from = Dal
work-record-to = Al
work-record-none = Ancora nessun contratto completato.
work-record-printed = Stampato il { $date } da Corridor.

## Account
account-title = Il mio account
account-signed-in-as = Lei accede con { $email }.
account-done-password = La sua password è stata cambiata. Tutte le altre sessioni sono state chiuse.
account-done-language = La sua lingua è salvata.
account-password = Cambi la sua password
account-current-password = Password attuale
account-new-password = Nuova password
account-change-password = Cambia password
account-language = Lingua delle pagine
account-sign-out-everywhere = Esci ovunque
account-sign-out-everywhere-explained = Chiude ogni sessione su ogni telefono o computer e annulla ogni token dell'API. Lo usi se ha perso un telefono o pensa che qualcun altro conosca la sua password.
account-your-data = I suoi dati
account-your-data-explained = Scarichi tutto ciò che Corridor conserva su di lei: il suo profilo, i consensi, le candidature con la loro cronologia e i pagamenti, e le proposte che le sono state fatte.
account-download = Scarica i miei dati (JSON)
account-close = Chiudi il mio account
account-close-explained = Può chiudere il suo account in qualsiasi momento.
close-consequence-consents = Ogni consenso viene revocato: nessun datore di lavoro può leggere il suo profilo, e il suo profilo non viene più abbinato alle offerte né contato nelle statistiche.
close-consequence-applications = Le candidature che non hanno ancora portato alla partenza vengono ritirate.
close-consequence-records = I contratti già in corso o completati restano registrati, come richiede la legge di entrambi i Paesi.
close-consequence-sign-in = Non potrà più accedere con questo account.
close-confirm = Ho capito, chiudi il mio account
close-confirm-required = Spunti la casella per confermare che vuole chiudere il suo account.

## Regole, come sono mostrate accanto a un campo
rule-required = Questo dato è obbligatorio.
rule-invalid = Questo dato non è valido.
rule-too-short = La password deve avere almeno 10 caratteri.
rule-too-long = È troppo lungo.
rule-wrong-password = La password attuale non è corretta.
rule-duplicate = Questo dato compare due volte.
rule-unknown = Questo non esiste.
rule-out-of-range = Questo numero è fuori dai valori ammessi.
rule-implausible = Non sembra corretto; lo controlli.
rule-under-age = I lavoratori devono avere almeno 18 anni.
rule-before-start = La fine non può essere prima dell'inizio.
rule-negative = Un importo non può essere negativo.
rule-not-positive = L'importo deve essere maggiore di zero.
rule-same-party = Chi ha pagato e chi ha ricevuto il pagamento devono essere diversi.
rule-date-in-future = Una data non può essere nel futuro.
rule-before-previous-event = Questa data viene prima di quella del passo precedente.
rule-illegal-transition = Questo passo non può seguire quello attuale.
rule-not-applicable = Questo non vale qui.
rule-consent-required = Per candidarsi deve acconsentire alla condivisione del suo profilo con i datori di lavoro.
rule-worker-not-covered = Questo programma recluta lavoratori da un altro Paese.
rule-job-order-not-open = Questa offerta non è aperta alle candidature.
rule-not-a-candidate = Questo lavoratore non può essere proposto per questa offerta.
rule-positions-filled = Tutti i posti di questa offerta di lavoro sono coperti.
rule-quota-reached = La quota del programma per questo periodo è già stata raggiunta.
rule-wage-below-minimum = Il salario è inferiore al minimo del programma.
rule-wage-currency-mismatch = Il salario deve essere nella valuta del programma.
rule-hours-below-guarantee = Le ore garantite sono inferiori al minimo del programma.
rule-hours-above-maximum = Le ore superano il massimo del programma.
rule-below-guaranteed-hours = Le ore massime non possono essere meno delle ore garantite.
rule-housing-not-provided = Il programma richiede che il datore di lavoro fornisca l'alloggio.
rule-housing-cost-above-cap = Quanto il lavoratore paga per l'alloggio supera il tetto del programma.
rule-housing-currency-mismatch = Il costo dell'alloggio deve essere nella valuta del programma.
rule-medical-cover-insufficient = L'assistenza sanitaria è inferiore a quella richiesta dal programma.
rule-return-travel-not-paid = Il programma richiede che il datore di lavoro paghi il viaggio di ritorno.
rule-cost-charged-to-worker = Le commissioni di reclutamento e i costi correlati li paga il datore di lavoro, mai il lavoratore.
rule-occupation-not-in-programme = Questa professione non rientra nel programma.
rule-start-in-past = La data di inizio è già passata.
rule-start-outside-programme = La data di inizio è fuori dal periodo del programma.
rule-stay-too-long = Il contratto è più lungo di quanto consente il programma.
rule-employer-suspended = Il datore di lavoro è sospeso.
rule-employer-mismatch = Il datore di lavoro non corrisponde.
rule-employer-not-in-destination = Il datore di lavoro non si trova nel Paese di destinazione del programma.
rule-agency-licence-not-active = L'autorizzazione dell'agenzia non è in vigore.
rule-agency-licence-outside-corridor = L'agenzia non è autorizzata nei Paesi del programma.
rule-who-safeguard-active-recruitment = Il personale sanitario non può essere reclutato attivamente da un Paese della lista di salvaguardia dell'OMS, se non nell'ambito di un accordo tra governi.
rule-not-a-returning-worker = Si possono indicare per nome solo i lavoratori che hanno completato un contratto con questo datore di lavoro.
rule-contract-language-not-read = Il contratto deve essere in una lingua che il lavoratore legge bene (B1 o superiore).
rule-contract-wage-below-job-order = Il salario del contratto è inferiore a quello dell'offerta di lavoro.
rule-contract-wage-currency-mismatch = Il salario del contratto è in un'altra valuta.
rule-contract-hours-below-job-order = Il contratto garantisce meno ore dell'offerta di lavoro.
rule-contract-hours-above-job-order = Il contratto consente più ore dell'offerta di lavoro.
rule-contract-housing-missing = Il contratto non include l'alloggio promesso dall'offerta di lavoro.
rule-contract-housing-cost-above-job-order = Il contratto fa pagare l'alloggio più di quanto previsto dall'offerta di lavoro.
rule-contract-medical-below-job-order = Il contratto dà meno assistenza sanitaria dell'offerta di lavoro.
rule-contract-return-travel-missing = Il contratto non include il viaggio di ritorno pagato.
rule-contract-duration-differs = La durata del contratto è diversa da quella dell'offerta di lavoro.
rule-same-country = I due Paesi devono essere diversi.
rule-countries-fixed = I Paesi di un programma non si possono cambiare.

## Elenchi
pagination = Pagine
pagination-previous = Pagina precedente
pagination-next = Pagina successiva
pagination-page = Pagina { $page } di { $pages }

## Offerte di lavoro, per chi le gestisce
job-orders-title = Offerte di lavoro
job-orders-post = Pubblica un'offerta di lavoro
job-orders-by-status = Offerte di lavoro per stato
job-orders-none = Qui non ci sono offerte di lavoro.
job-orders-managers-only = Le offerte di lavoro sono gestite dai datori di lavoro, dalle loro agenzie e dai funzionari.
job-orders-back = Torna alle offerte di lavoro
job-status-pending_approval = In attesa di approvazione
job-status-open = Aperta
job-status-closed = Chiusa

job-form-intro = Ogni condizione che scrive qui viene mostrata ai lavoratori prima che si candidino e verificata rispetto alle condizioni minime del programma. Se qualcosa viola una regola, vengono elencati tutti i problemi, così può correggerli in una volta sola.
job-form-submit = Invia l'offerta di lavoro
job-form-the-job = Il lavoro
job-form-agency = Agenzia autorizzata che la gestisce
job-form-agency-hint = Solo le agenzie con un'autorizzazione in vigore nei Paesi del programma possono gestire un'offerta di lavoro.
job-form-no-agency = Nessuna agenzia
job-form-find-occupation = Professione
job-form-choose = Scegli
job-form-choose-occupation = Cerchi la professione e la scelga.
job-form-title = Denominazione del posto
job-form-title-hint = Il nome che lei dà al lavoro. Lasci vuoto per usare il nome della professione.
job-form-positions = Numero di posti
job-form-locality = Città o paese
job-form-region = Regione, provincia o stato
job-form-duration = Durata del contratto in mesi
job-form-pay = Retribuzione e orario
job-form-currency = Valuta
job-form-per = Salario calcolato per
per-hour = ora
per-week = settimana
per-month = mese
per-year = anno
job-form-guaranteed-hours = Ore garantite ogni settimana
job-form-max-hours = Massimo di ore in una settimana
job-form-living = Alloggio, assistenza sanitaria e viaggio di ritorno
job-form-housing-yes = Il datore di lavoro fornisce l'alloggio
job-form-housing-no = Nessun alloggio fornito
job-form-housing-cost = Quanto paga il lavoratore per l'alloggio ogni mese
job-form-housing-cost-hint = Lasci vuoto se è gratuito.
job-form-housing-description = L'alloggio, in poche parole
job-form-return = Viaggio di ritorno
job-form-return-yes = Pagato dal datore di lavoro
job-form-return-no = Non pagato dal datore di lavoro
job-form-requirements = Requisiti del lavoratore
job-form-experience = Anni di esperienza richiesti
job-form-languages = Lingue richieste
job-form-min-level = Livello minimo
job-form-skills = Competenze richieste
job-form-contract-languages = Lingue in cui è offerto il contratto
job-form-contract-languages-hint = Il lavoratore deve leggere bene il contratto: lo offra nelle lingue del Paese di origine.
job-form-costs-hint = Ogni costo del reclutamento e chi lo paga. Le commissioni di reclutamento e i costi correlati li paga il datore di lavoro, mai il lavoratore.
job-form-cost-n = Costo { $n }
job-form-cost-category = A che cosa serve
job-form-cost-paid-by = Pagato da
job-form-add-cost = Aggiungi un costo
job-form-named = Lavoratori che ritornano, richiesti per nome
job-form-named-hint = I numeri di lavoratore di chi ha completato un contratto con lei. Non sono mostrati al pubblico.
job-form-named-n = Numero di lavoratore { $n }
job-form-add-named = Aggiungi un lavoratore che ritorna

job-posted-pending = L'offerta di lavoro è stata inviata. Un funzionario del Paese di destinazione la verificherà e la approverà.
job-posted-open = L'offerta di lavoro è aperta alle candidature.
job-done-approved = L'offerta di lavoro è approvata e aperta alle candidature.
job-done-sent_back = L'offerta di lavoro è stata rimandata al datore di lavoro con la sua motivazione.
job-done-closed = L'offerta di lavoro è chiusa.
job-done-proposed = La proposta è stata inviata al lavoratore. Il suo profilo resta privato finché non accetta.
job-see-public = Vedi la pagina che vedono i lavoratori
job-approval = Approvazione
job-approval-problems = Verificata oggi rispetto al programma, questa offerta di lavoro viola queste regole:
job-approval-ok = Verificata oggi rispetto al programma, questa offerta di lavoro rispetta tutte le regole.
job-approve = Approva e apri
job-send-back-reason = Motivo della restituzione
job-send-back = Rimanda al datore di lavoro
job-candidates = Candidature
job-candidate = Lavoratore { NUMBER($worker, useGrouping: "false") }
job-no-candidates = Nessuno si è ancora candidato.
job-shortlist = Candidati migliori
job-shortlist-intro = Lavoratori iscritti all'abbinamento, ordinati in base a quanto corrispondono. I nomi restano privati; proponga un lavoratore e sarà lui a decidere se candidarsi.
job-score = punteggio { $score }
job-details-withheld = Questo lavoratore non condivide il suo profilo con i datori di lavoro; i motivi sono nascosti. Può comunque proporlo.
job-propose = Proponi questo lavoratore
job-already-proposed = Già proposto o già candidato.
job-close = Chiudi questa offerta di lavoro
job-close-explained = Nessuno potrà più candidarsi. Le candidature già inviate restano e proseguono.
job-close-confirm = Ho capito, chiudila
job-close-confirm-required = Spunti la casella per confermare che vuole chiudere l'offerta di lavoro.

## Un collocamento, per chi lo gestisce
placement-moved = Registrato: { $status }.
placement-worker = Lavoratore
placement-next-steps = Prossimi passi
placement-record = Registra: { $status }
placement-end-reason = Perché è terminato in anticipo
placement-steps-dated-today = Ogni passo riceve la data di oggi ({ $date }).
placement-record-payment = Registra un pagamento
placement-payer = Pagato da
placement-payment-note = Numero di ricevuta o nota (facoltativo)
end-employer_breach = Il datore di lavoro ha violato il contratto
end-worker_choice = Il lavoratore ha scelto di andarsene
end-changed_employer = Il lavoratore ha cambiato datore di lavoro
end-health_or_injury = Malattia o infortunio
end-work_ended = Il lavoro è finito
end-other = Altro motivo

## Pannelli
dashboard-open-job-orders = Offerte di lavoro aperte
dashboard-pending-job-orders = Offerte di lavoro in attesa di approvazione
dashboard-closed-job-orders = Offerte di lavoro chiuse
dashboard-agency = La mia agenzia e la sua autorizzazione
dashboard-pending-approval = Offerte di lavoro da approvare
dashboard-placements = Collocamenti: visti, partenze, arrivi, rientri
dashboard-match-rounds = Tornate di abbinamento
dashboard-register-worker = Iscrivi un lavoratore
dashboard-agencies = Agenzie di reclutamento e loro autorizzazioni
dashboard-employers = Datori di lavoro
dashboard-audit-log = Registro di controllo
dashboard-users = Utenti
dashboard-statistics = Statistiche
placements-list-title = Collocamenti
placements-any-status = Qualsiasi stato
placements-filter = Mostra
placements-count = { $count ->
    [one] { $count } collocamento
    [many] { $count } di collocamenti
   *[other] { $count } collocamenti
}
placements-none-here = Qui non ci sono collocamenti.

## Salari, con l’importo nel formato dei numeri della pagina
wage-per-hour = { $amount } all’ora
wage-per-week = { $amount } a settimana
wage-per-month = { $amount } al mese
wage-per-year = { $amount } all’anno
