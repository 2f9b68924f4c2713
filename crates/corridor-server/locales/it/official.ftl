# Pagine per i funzionari dei Paesi di origine e di destinazione (e per gli
# amministratori), italiano: programmi, tornate di abbinamento, violazioni sulle
# commissioni, il registro di controllo e l'iscrizione di un lavoratore presso
# un centro per l'impiego. Le parole comuni (form-*, rule-*, status-*,
# consent-*, job-*) sono in corridor.ftl e pages.ftl.

## Elenchi
pager-label = Pagine
pager-page-of = Pagina { $page } di { $pages }
pager-previous = Pagina precedente
pager-next = Pagina successiva
official-filter = Filtra
official-filter-apply = Mostra
official-filter-clear = Rimuovi il filtro

## Parole comuni alle pagine dei funzionari
official-sex-female = Donne
official-sex-male = Uomini
official-sex-other = Altro sesso
official-sex-not_stated = Sesso non indicato
official-person-not-stated = Non indicato
official-country-of-residence = Paese di residenza
official-worker-id = Lavoratore { $id }
official-job-starts = inizio il { $date }
official-job-status-pending_approval = In attesa di approvazione
official-job-status-open = Aperta
official-job-status-closed = Chiusa
official-isco-invalid = Inserisca il codice di un gruppo ISCO-08, per esempio 611 o 9211
official-currency-choose = Scelga la valuta del programma
official-hours-invalid = Inserisca le ore settimanali con un numero da 0 a 168
official-months-invalid = Inserisca un numero intero di mesi
official-percent-invalid = Inserisca una percentuale da 0 a 100
official-positions-invalid = Inserisca il numero di posti come numero intero
official-per-hour = all'ora
official-per-week = alla settimana
official-per-month = al mese
official-per-year = all'anno

programme-kind-seasonal = Lavoro stagionale
programme-kind-temporary = Lavoro temporaneo
programme-kind-long_term = Lavoro di lunga durata (12 mesi o più)
programme-kind-diaspora_temporary_return = Rientro temporaneo di professionisti della diaspora

## Programmi
official-programmes-title = Programmi
official-programmes-intro = I programmi a cui partecipa il suo Paese. I funzionari di ciascuno dei due Paesi di un programma ne modificano le condizioni; ogni offerta di lavoro del programma viene verificata rispetto a esse.
official-programmes-count = { $count ->
    [one] { $count } programma
    [many] { $count } di programmi
   *[other] { $count } programmi
}
official-programmes-none = Non c'è ancora nessun programma per il suo Paese.
official-programmes-back = Torna ai programmi
official-programme-new = Crea un programma
official-programme-edit = Modifica le condizioni
official-programme-rounds = Tornate di abbinamento di questo programma
official-programme-saved = Il programma è salvato.
official-programme-terms = Condizioni
official-programme-valid = Le offerte di lavoro possono iniziare
official-programme-valid-from = dal { $from }
official-programme-valid-between = dal { $from } al { $until }
official-programme-max-stay = Soggiorno massimo, in mesi
official-programme-longest-stay = Soggiorno massimo
official-programme-occupations = Professioni incluse
official-programme-women-share = Percentuale minima di donne tra i lavoratori selezionati
official-programme-women-share-none = Nessuna
official-programme-conditions = Condizioni minime di ogni offerta di lavoro
official-programme-min-wage = Salario minimo
official-housing-required = Il datore di lavoro deve fornire l'alloggio.
official-housing-not-required = Il datore di lavoro non è tenuto a fornire l'alloggio.
official-housing-cap = Un lavoratore paga al massimo { $cap } al mese per l'alloggio.
official-housing-free = Se fornito, è gratuito.
official-social-security-portable = I contributi si possono trasferire nel Paese di origine.
official-social-security-not-portable = I contributi non si possono trasferire nel Paese di origine.
official-programme-quotas = Quote
official-programme-no-quotas = Nessuna quota: i posti sono limitati solo dalle offerte di lavoro.
official-programme-no-job-orders = In questo programma non è ancora stata pubblicata nessuna offerta di lavoro.
official-quota-period = Periodo
official-quota-isco = Gruppo professionale (ISCO-08)
official-quota-isco-hint = Lasci vuoto per tutti i gruppi inclusi nel programma.
official-quota-sex = Sesso
official-quota-positions = Posti
official-quota-any-group = Tutti i gruppi
official-quota-anyone = Chiunque
official-quota-n = Quota { $n }
official-quota-from = Primo giorno
official-quota-to = Ultimo giorno

official-programme-form-intro = Tutte le condizioni concordate dai due Paesi. Ogni offerta di lavoro del programma viene verificata rispetto a queste condizioni minime prima di essere aperta.
official-programme-save = Salva il programma
official-programme-about = Il programma
official-programme-name = Nome
official-programme-origin = Paese di origine dei lavoratori
official-programme-destination = Paese di destinazione
official-programme-corridor = Paesi:
official-programme-countries-fixed = I Paesi di un programma non si possono cambiare; per altri Paesi crei un nuovo programma.
official-programme-kind = Tipo di programma
official-programme-g2g = Concluso tra i due governi
official-programme-valid-from-label = Primo giorno in cui possono iniziare le offerte di lavoro
official-programme-valid-from-hint = Per esempio 2027-01-15
official-programme-valid-until-label = Ultimo giorno in cui possono iniziare le offerte di lavoro
official-programme-valid-until-hint = Lasci vuoto se il programma non ha una data di fine.
official-programme-max-stay-hint = Da 1 a 120 mesi.
official-programme-occupations-hint = Ogni gruppo ISCO-08 incluso nel programma, a qualsiasi livello: 6 per tutti i lavoratori qualificati dell'agricoltura, 611 per gli agricoltori e i lavoratori qualificati delle colture destinate al mercato, 6111 per le colture di pieno campo e gli ortaggi.
official-programme-occupation-n = Gruppo professionale { $n }
official-programme-add-occupation = Aggiungi un altro gruppo professionale
official-programme-conditions-hint = I datori di lavoro possono offrire di più, mai di meno.
official-programme-currency = Valuta
official-programme-currency-hint = Il salario e il costo dell'alloggio sono espressi in questa valuta.
official-programme-wage-per = Salario pagato
official-programme-guaranteed-hours = Ore di lavoro garantite ogni settimana, come minimo
official-programme-max-hours = Ore di lavoro alla settimana, al massimo
official-programme-housing-required = Il datore di lavoro deve fornire l'alloggio
official-programme-housing-cap = Importo massimo che si può far pagare a un lavoratore per l'alloggio ogni mese
official-programme-housing-cap-hint = Lasci vuoto se l'alloggio deve essere gratuito.
official-programme-return-paid = Il datore di lavoro paga il viaggio di ritorno
official-programme-rehire = Chi completa un collocamento viene riassunto con precedenza
official-programme-social-security-portable = I contributi pensionistici e previdenziali si possono trasferire nel Paese di origine
official-programme-social-security = Come funzionano pensione e previdenza sociale
official-programme-social-security-hint = In parole semplici, per esempio: un accordo di sicurezza sociale tra i due Paesi.
official-programme-pathway = Il programma può portare alla residenza permanente
official-programme-quotas-hint = Posti disponibili in un periodo, per tutte le professioni del programma o per un gruppo, per chiunque o per un sesso. Un posto è occupato quando un lavoratore viene selezionato nel periodo.
official-programme-add-quota = Aggiungi una quota
official-programme-women-share-hint = Una percentuale, per esempio 40. Le tornate di abbinamento ottimali la rispettano; lasci vuoto se non c'è un minimo.

## Tornate di abbinamento
official-rounds-title = Tornate di abbinamento
official-rounds-intro = Una tornata di abbinamento forma coppie tra i lavoratori disponibili che hanno acconsentito all'abbinamento e le offerte di lavoro aperte di un programma. Lei esamina ogni coppia e i suoi motivi, poi conferma la tornata o la scarta.
official-rounds-count = { $count ->
    [one] { $count } tornata
    [many] { $count } di tornate
   *[other] { $count } tornate
}
official-rounds-none = Per i suoi programmi non è ancora stata svolta nessuna tornata di abbinamento.
official-rounds-every-programme = Tutti i programmi
official-rounds-back = Torna alle tornate di abbinamento
official-round-new = Avvia una tornata di abbinamento
official-round-new-intro = La tornata è solo una proposta: nessuno viene presentato finché lei non l'ha esaminata e confermata.
official-round-new-note = In una tornata entrano solo i lavoratori che hanno acconsentito all'abbinamento. L'esecuzione può richiedere alcuni secondi.
official-round-programme = Programma
official-round-mechanism = Come abbinare lavoratori e posti
official-round-mechanism-optimal = Ottimale: il punteggio totale più alto
official-round-mechanism-optimal-explained = Copre i posti con le coppie che nel complesso corrispondono meglio, entro le quote del programma e la sua percentuale minima di donne.
official-round-mechanism-stable = Stabile: prima le scelte dei lavoratori
official-round-mechanism-stable-explained = Accettazione differita: nessun lavoratore e nessun datore di lavoro preferirebbero entrambi essere abbinati tra loro. Non rispetta le quote né la percentuale di donne; la conferma non seleziona mai nessuno oltre una quota.
official-round-run = Avvia la tornata
official-round-choose-programme = Scelga il programma
official-round-choose-mechanism = Scelga come abbinare lavoratori e posti
official-round-title = Tornata di abbinamento { $id }
official-round-status-proposed = In attesa della sua decisione
official-round-status-confirmed = Confermata
official-round-status-discarded = Scartata
official-round-run-on = svolta il { $date }
official-round-decided-on = decisa il { $date }
official-round-filled = { $filled } su { $positions } posti coperti
official-round-total-score = punteggio totale { $score }
official-round-summary = Riepilogo
official-round-notes = Da leggere prima di decidere
official-round-by-sex = Per sesso
official-round-by-origin = Per Paese di origine
official-round-origin = Paese
official-round-placed = Collocati
official-round-in-round = Nella tornata
official-round-pairs = { $count ->
    [one] { $count } coppia proposta
    [many] { $count } di coppie proposte
   *[other] { $count } coppie proposte
}
official-round-pairs-intro = Ogni lavoratore con il lavoro proposto, il suo punteggio e tutti i motivi. I nomi delle professioni e delle lingue sono mostrati in inglese.
official-round-score = Punteggio { $score }
official-round-no-pairs = La tornata non abbina nessuno.
official-round-unfilled = Posti rimasti scoperti
official-round-no-unfilled = Tutti i posti sono coperti.
official-round-unmatched = Lavoratori rimasti senza lavoro
official-round-no-unmatched = Tutti i lavoratori della tornata sono collocati.
official-round-decide = La sua decisione
official-round-decide-intro = Confermando, tutti i lavoratori proposti vengono presentati; scartando, la tornata viene messa da parte e nessuno viene presentato. In entrambi i casi la decisione è definitiva.
official-round-confirm = Conferma la tornata
official-round-discard = Scarta la tornata
official-round-confirm-title = Conferma la tornata di abbinamento { $id }
official-round-confirm-intro = { $count ->
    [one] Confermando, { $count } lavoratore viene presentato per un lavoro nel programma { $programme }.
    [many] Confermando, { $count } di lavoratori vengono presentati per lavori nel programma { $programme }.
   *[other] Confermando, { $count } lavoratori vengono presentati per lavori nel programma { $programme }.
}
official-round-consequence-application = Ogni lavoratore riceve una candidatura per il lavoro proposto, al passo che lei sceglie qui sotto; il lavoratore e il datore di lavoro la vedono.
official-round-consequence-consent = Un lavoratore che non ha acconsentito alla condivisione del suo profilo con i datori di lavoro non viene presentato.
official-round-consequence-limits = Nessuno viene selezionato oltre i posti di un'offerta di lavoro o una quota del programma; una coppia del genere viene esclusa e resta com'era.
official-round-consequence-once = Una tornata si conferma una sola volta: non si può annullare.
official-round-step = Il passo a cui vengono presentati i lavoratori
official-round-step-shortlisted-explained = Il datore di lavoro sceglie tra loro.
official-round-step-selected-explained = I lavoratori occupano subito i loro posti (e contano per le quote del programma).
official-round-confirm-box = Ho esaminato le coppie e confermo la tornata
official-round-choose-step = Scelga il passo a cui vengono presentati i lavoratori
official-round-confirm-required = Spunti la casella per confermare di aver esaminato le coppie.
official-round-confirmed-outcome = { $placed ->
    [one] La tornata è confermata: { $placed } lavoratore presentato come «{ $step }»
    [many] La tornata è confermata: { $placed } di lavoratori presentati come «{ $step }»
   *[other] La tornata è confermata: { $placed } lavoratori presentati come «{ $step }»
}{ $skipped ->
    [0] .
    [one] ; { $skipped } coppia esclusa.
    [many] ; { $skipped } di coppie escluse.
   *[other] ; { $skipped } coppie escluse.
}
official-round-scope-all = tutti i collocamenti
official-round-unfilled-no_eligible_worker = nessun lavoratore idoneo nella tornata
official-round-unfilled-quota_reached = la quota per il gruppo ISCO-08 { $group } è raggiunta
official-round-unfilled-candidates_placed_elsewhere = tutti i lavoratori idonei sono stati collocati in un altro lavoro
official-round-unfilled-origin_quota_reached = la quota per il Paese dei lavoratori idonei è raggiunta
official-round-unfilled-women_share = coprirlo farebbe scendere la percentuale di donne sotto il minimo
official-round-unfilled-other_quota = è stata raggiunta un'altra quota
official-round-unmatched-no_eligible_job_order = nessun lavoro della tornata per cui la persona è idonea
official-round-unmatched-choices_filled_by_higher_ranked = i lavori scelti sono andati a candidati classificati più in alto
official-round-unmatched-positions_went_to_higher_total_score = i posti sono andati a coppie con un punteggio totale più alto
official-round-unmatched-origin_quota_reached = la quota per i lavoratori il cui Paese di origine è { $origin } è raggiunta
official-round-unmatched-women_share = collocare questa persona farebbe scendere la percentuale di donne sotto il minimo
official-round-unmatched-other_quota = è stata raggiunta un'altra quota
official-round-note-quota-exceeded = Quota superata: { $used } collocati per { $scope }, { $allowed } ammessi. Il meccanismo stabile non rispetta le quote; la conferma non seleziona nessuno oltre questi limiti.
official-round-note-women-met = La percentuale minima di donne, { $required }, è rispettata: { $achieved }.
official-round-note-women-met-by-leaving-positions-open = La percentuale minima di donne, { $required }, è rispettata ({ $achieved }) lasciando scoperti { $positions } posti che potrebbero occupare uomini (punteggio a cui si rinuncia: { $score }).
official-round-note-women-unreachable = La percentuale minima di donne, { $required }, non si può rispettare: nessuna donna idonea può essere collocata, quindi non viene collocato nessuno.
official-round-note-women-not-met = La percentuale minima di donne, { $required }, NON è rispettata: { $achieved }. Il meccanismo stabile non la rispetta; usi quello ottimale.
official-round-note-not-proven = Non è dimostrato che sia il risultato migliore: punteggio totale { $total }, il migliore possibile è al massimo { $bound } (è stato raggiunto il limite di ricerca).

## Violazioni sulle commissioni
official-fees-title = Violazioni sulle commissioni
official-fees-intro = Pagamenti che hanno violato il principio «paga il datore di lavoro» nei programmi del suo Paese: un lavoratore costretto a pagare una commissione di reclutamento o un costo correlato, oppure una tangente, una retrocessione illecita, una cauzione o una garanzia. Ognuno resta registrato.
official-fees-count = { $count ->
    [one] { $count } violazione
    [many] { $count } di violazioni
   *[other] { $count } violazioni
}
official-fees-none = Nei programmi del suo Paese non è stata registrata nessuna violazione sulle commissioni.
official-fees-paid-on = Pagato il
official-fees-who = Chi ha pagato chi
official-fees-breach = Violazione
official-fees-kind-worker_paid_recruitment_cost = Il lavoratore ha pagato una commissione di reclutamento o un costo correlato
official-fees-kind-illegitimate_cost = Una tangente, una retrocessione illecita, una cauzione o una garanzia

## Registro di controllo
official-audit-title = Registro di controllo
official-audit-intro-country = Ogni scrittura, ogni lettura di dati personali e ogni rifiuto che riguarda questo Paese ({ $country }): i suoi programmi, i suoi cittadini e residenti, le sue organizzazioni e gli atti dei suoi stessi funzionari. Anche la consultazione del registro da parte sua viene registrata.
official-audit-intro-all = Ogni scrittura, ogni lettura di dati personali e ogni rifiuto. Anche la consultazione del registro da parte sua viene registrata.
official-audit-entity = Tipo di record
official-audit-entity-hint = Per esempio worker, placement, programme, match_round_pairs
official-audit-entity-id = Numero del record
official-audit-action = Azione
official-audit-action-hint = Per esempio read, create, update, transition
official-audit-actor = Numero utente
official-audit-actor-hint = Di chi mostrare gli atti
official-audit-actor-invalid = Inserisca un numero utente, per esempio 12
official-audit-count = { $count ->
    [one] { $count } voce
    [many] { $count } di voci
   *[other] { $count } voci
}
official-audit-none = Nessuna voce corrisponde.
official-audit-when = Quando
official-audit-who = Chi
official-audit-record = Record
official-audit-outcome = Esito
official-audit-detail = Dettaglio
official-audit-user = utente { $id }
official-audit-system = il sistema
official-audit-personal = dati personali
official-audit-allowed = consentito
official-audit-denied = rifiutato

## Iscrivere un lavoratore
official-register-title = Iscrivi un lavoratore
official-register-intro = Per un lavoratore del suo Paese che si è presentato di persona, per esempio a un centro per l'impiego. Il lavoratore potrà poi accedere per completare il suo profilo; il profilo è suo e può cambiare ogni consenso.
official-register-consents = I consensi del lavoratore
official-register-consents-intro = Legga al lavoratore ogni finalità e spunti solo ciò che accetta, di persona. Può cambiare ogni scelta in qualsiasi momento.
official-register-submit = Iscrivi il lavoratore
official-register-done = Il lavoratore è iscritto.
official-worker-occupations = Professioni
official-worker-consents = Consensi
official-worker-consents-note = L'ultima scelta del lavoratore su ogni finalità. Solo il lavoratore può cambiarle.
official-worker-placements = Candidature e collocamenti
official-worker-no-placements = Nessuna candidatura che lei possa vedere.
