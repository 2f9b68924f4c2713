# Corridor: datori di lavoro e agenzie di reclutamento, italiano. La cronologia
# di un'autorizzazione e i motivi indicati sono pubblici, così un lavoratore può
# verificare un reclutatore.

## Entrambi
org-name = Ragione sociale
org-country = Paese
org-all-countries = Tutti i Paesi
org-history = Cronologia
org-reason = Motivo
org-reason-optional = Motivo (facoltativo)
org-reason-public = Il motivo resta nella cronologia ed è visibile a tutti in questa pagina.
org-valid-until = valida fino al { $date }
org-error-reason-required = Indichi il motivo. Resta nella cronologia.
org-error-reason-too-long = Il motivo deve avere meno di 2000 caratteri.
org-error-name-required = Inserisca la ragione sociale.

## Datori di lavoro
org-employers-title = Datori di lavoro
org-employers-intro = Datori di lavoro nei Paesi di destinazione, registrati dai funzionari del loro Paese. Un datore di lavoro sospeso non può pubblicare offerte di lavoro.
org-employers-count = { $count ->
    [one] { $count } datore di lavoro
    [many] { $count } di datori di lavoro
   *[other] { $count } datori di lavoro
}
org-employers-none = Nessun datore di lavoro corrisponde.
org-registration-number = Numero di registrazione dell'impresa
org-registration-number-hint = Come registrato nel Paese del datore di lavoro.
org-sector = Settore
org-sector-hint = In parole semplici, per esempio agricoltura, sanità, industria manifatturiera.
org-employer-status-active = Attivo
org-employer-status-suspended = Sospeso
org-employer-action-register = Registrato
org-employer-action-suspend = Sospeso
org-employer-action-reinstate = Riammesso
org-employer-register = Registra un datore di lavoro
org-employer-register-intro = Lo registrano i funzionari del Paese del datore di lavoro. Può pubblicare offerte di lavoro da subito.
org-employer-register-only = Solo i funzionari dei Paesi di destinazione e gli amministratori registrano i datori di lavoro.
org-employer-suspend = Sospendi questo datore di lavoro
org-employer-suspend-explained = Un datore di lavoro sospeso non può pubblicare offerte di lavoro finché non viene riammesso. I collocamenti in corso proseguono.
org-employer-reinstate = Riammetti questo datore di lavoro
org-employer-reinstate-explained = Il datore di lavoro può di nuovo pubblicare offerte di lavoro.
org-employer-reason-hint = Il motivo resta nella cronologia del datore di lavoro.
org-employer-done-registered = Il datore di lavoro è registrato.
org-employer-done-suspend = Il datore di lavoro è sospeso.
org-employer-done-reinstate = Il datore di lavoro è riammesso.
org-back-to-employers = Torna ai datori di lavoro
org-error-registration-number-required = Inserisca il numero di registrazione dell'impresa.

## Agenzie e autorizzazioni
org-agencies-title = Agenzie di reclutamento
org-agencies-intro = Tutte le agenzie di reclutamento autorizzate tramite Corridor, con lo stato attuale della loro autorizzazione. Prima di pagare qualcuno o di firmare qualcosa, verifichi che l'autorizzazione dell'agenzia sia in vigore. I lavoratori non pagano mai commissioni di reclutamento.
org-agencies-count = { $count ->
    [one] { $count } agenzia
    [many] { $count } di agenzie
   *[other] { $count } agenzie
}
org-agencies-none = Nessuna agenzia corrisponde.
org-agency = L'agenzia
org-established-in = Paese della sede
org-licence = L'autorizzazione
org-licence-number = Numero di autorizzazione
org-issuing-country = Rilasciata da
org-licence-validity = Validità
org-licence-valid-dates = Dal { $from } al { $until }
org-valid-from = Primo giorno di validità
org-valid-until-label = Ultimo giorno di validità
org-licence-status-active = In vigore
org-licence-status-suspended = Sospesa
org-licence-status-revoked = Revocata
org-licence-status-expired = Scaduta
org-licence-not-active-warning = Questa agenzia al momento non può reclutare. Non le paghi nulla e non firmi nulla con essa.
org-licence-history = Cronologia dell'autorizzazione
org-licence-action-issue = Rilasciata
org-licence-action-renew = Rinnovata
org-licence-action-suspend = Sospesa
org-licence-action-reinstate = Ripristinata
org-licence-action-revoke = Revocata
org-licence-action-expire = Scaduta
org-licence-actions = Modifica l'autorizzazione
org-licence-renew = Rinnova l'autorizzazione
org-new-valid-until = Nuovo ultimo giorno di validità
org-new-valid-until-hint = Successivo a quello attuale, per esempio 2029-12-31.
org-licence-suspend = Sospendi l'autorizzazione
org-licence-suspend-explained = L'agenzia non può reclutare finché l'autorizzazione non viene ripristinata: non può gestire nuove offerte di lavoro.
org-licence-reinstate = Ripristina l'autorizzazione
org-licence-reinstate-explained = L'autorizzazione torna in vigore fino al suo ultimo giorno di validità.
org-licence-revoke = Revoca l'autorizzazione
org-licence-revoke-explained = Ritira l'autorizzazione in modo definitivo. Lo conferma nella pagina successiva.
org-licence-done-licensed = L'agenzia è autorizzata.
org-licence-done-renew = L'autorizzazione è rinnovata.
org-licence-done-suspend = L'autorizzazione è sospesa.
org-licence-done-reinstate = L'autorizzazione è ripristinata.
org-licence-done-revoke = L'autorizzazione è revocata.
org-agency-license = Autorizza un'agenzia
org-agency-license-intro = Un'agenzia di reclutamento viene autorizzata dai funzionari del Paese che rilascia l'autorizzazione. L'autorizzazione è in vigore dal primo all'ultimo giorno di validità.
org-agency-license-only = Solo i funzionari e gli amministratori autorizzano le agenzie di reclutamento.
org-licence-number-taken = Questo numero di autorizzazione è già registrato.
org-back-to-agencies = Torna alle agenzie
org-error-licence-number-required = Inserisca il numero di autorizzazione.
org-error-valid-until-required = Inserisca il nuovo ultimo giorno di validità.
org-error-licence-valid-until-before-start = L'ultimo giorno di validità non può essere prima del primo.

## Revoca
org-revoke-title = Revoca l'autorizzazione di { $name }
org-revoke-intro = L'autorizzazione { $number } sarà ritirata in modo definitivo.
org-revoke-consequence-final = Un'autorizzazione revocata non può essere ripristinata né rinnovata; l'agenzia avrebbe bisogno di una nuova autorizzazione.
org-revoke-consequence-job-orders = L'agenzia non può gestire nuove offerte di lavoro. I collocamenti in corso restano registrati.
org-revoke-consequence-public = La revoca e il suo motivo sono visibili a tutti nella pagina dell'agenzia.
org-revoke-confirm = Confermo che questa autorizzazione è revocata in modo definitivo
org-error-confirm-confirmation-required = Spunti la casella per confermare la revoca.

## L'agenzia di un reclutatore
org-own-agency-title = La mia agenzia
org-own-agency-intro = L'autorizzazione della sua agenzia come la vedono i lavoratori e i funzionari, e le offerte di lavoro che la sua agenzia gestisce.
org-agency-job-orders = Offerte di lavoro gestite dalla sua agenzia
org-agency-job-orders-none = La sua agenzia non gestisce ancora nessuna offerta di lavoro.
org-job-order-status-pending_approval = In attesa di approvazione
org-job-order-status-open = Aperta
org-job-order-status-closed = Chiusa
org-job-order-starts = inizio il { $date }

## Regole
rule-illegal-licence-action = Questa azione non è possibile sull'autorizzazione nel suo stato attuale.
rule-illegal-employer-action = Questa azione non è possibile sul datore di lavoro nel suo stato attuale.
rule-renewal-not-later = Il nuovo ultimo giorno di validità deve essere successivo a quello attuale e non nel passato.
rule-changed-by-action = Questo cambia solo tramite l'apposita azione, che registra il motivo.
rule-confirmation-required = Spunti la casella per confermare.
