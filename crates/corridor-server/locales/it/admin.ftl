# Corridor: pagine dell'amministratore (account), italiano. Tutti gli elenchi
# usano i messaggi di paginazione comuni (admin-page-*).

## Elenchi
admin-pagination-label = Pagine
admin-page-of = Pagina { $page } di { $pages }
admin-page-previous = Pagina precedente
admin-page-next = Pagina successiva
admin-filter = Mostra

## Ruoli
admin-role-worker = Lavoratore
admin-role-employer = Datore di lavoro
admin-role-recruiter = Reclutatore (agenzia autorizzata)
admin-role-origin-official = Funzionario di un Paese di origine
admin-role-destination-official = Funzionario di un Paese di destinazione
admin-role-researcher = Ricercatore
admin-role-admin = Amministratore

## Account
admin-users-title = Account
admin-users-count = { $count ->
    [one] { $count } account
    [many] { $count } di account
   *[other] { $count } account
}
admin-users-none = Nessun account corrisponde.
admin-all-roles = Tutti i ruoli
admin-role = Ruolo
admin-status = Stato
admin-enabled = Può accedere
admin-disabled = Disattivato
admin-acts-for = Agisce per conto di
admin-created = Creato il
admin-back-to-users = Torna agli account

## Un nuovo account
admin-new-user = Crea un account
admin-new-user-intro = I lavoratori creano da sé il proprio account quando si registrano, oppure li iscrive un funzionario del loro Paese. Qui lei crea gli account per datori di lavoro, reclutatori, funzionari, ricercatori e amministratori.
admin-account = L'account
admin-display-name = Nome mostrato nelle pagine
admin-display-name-hint = Il nome di una persona, oppure un ufficio come «Addetto per il lavoro, Ottawa».
admin-temporary-password = Password provvisoria
admin-temporary-password-hint = Almeno 10 caratteri. La comunichi alla persona in privato; dovrà cambiarla nella pagina del suo account dopo aver effettuato l'accesso.
admin-role-and-binding = Che cosa fa l'account
admin-role-hint = Un account di datore di lavoro deve indicare il suo datore di lavoro, quello di un reclutatore la sua agenzia, quello di un funzionario il suo Paese.
admin-employer = Datore di lavoro
admin-employer-hint = Solo per un account di datore di lavoro.
admin-agency = Agenzia di reclutamento
admin-agency-hint = Solo per un account di reclutatore.
admin-country = Paese
admin-country-hint = Solo per un funzionario: il Paese di cui è funzionario.
admin-none = Nessuno
admin-create-account = Crea l'account
admin-email-taken = Esiste già un account con questo indirizzo e-mail.
admin-error-email-invalid = Inserisca un indirizzo e-mail, per esempio nome@esempio.org.
admin-error-display-name-required = Inserisca il nome mostrato nelle pagine.
admin-error-role-required = Scelga il ruolo dell'account.
admin-error-employer-id-required = Scelga il datore di lavoro per conto del quale agisce questo account.
admin-error-agency-id-required = Scelga l'agenzia per conto della quale agisce questo account.
admin-error-country-required = Scelga il Paese del funzionario.
admin-error-password-too-short = Inserisca una password provvisoria di almeno 10 caratteri.

## Un account
admin-done-created = L'account è stato creato. Comunichi alla persona la sua password provvisoria in privato.
admin-done-disabled = L'account è disattivato. Tutte le sue sessioni sono state chiuse e i suoi token dell'API non funzionano più.
admin-done-enabled = L'account può di nuovo accedere.
admin-done-password = La password è stata cambiata. Tutte le sessioni dell'account sono state chiuse e i suoi token dell'API non funzionano più.
admin-own-account = Questo è il suo account. Cambi la sua password nella pagina del suo account, che le chiede quella attuale.
admin-disable = Disattiva questo account
admin-disable-explained = La persona non può più accedere. Tutte le sue sessioni vengono chiuse subito e ogni token dell'API dell'account smette di funzionare. I suoi dati registrati restano come sono. Può riattivare l'account.
admin-enable = Riattiva questo account
admin-enable-explained = La persona può di nuovo accedere con la sua password. Le sessioni e i token chiusi quando l'account è stato disattivato restano chiusi.
admin-reset-password = Imposta una nuova password provvisoria
admin-reset-password-explained = Per chi ha dimenticato la password o la cui password potrebbe essere nota ad altri. Tutte le sue sessioni vengono chiuse e ogni token dell'API dell'account smette di funzionare.

## Regole
rule-own-account = Qui non può farlo sul suo account.
