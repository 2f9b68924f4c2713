## Registrazione: la stessa risposta che l'e-mail sia nuova o no

sign-up-received-title = Grazie
sign-up-received-new = Se questa e-mail è nuova, il suo account è pronto: acceda qui sotto per continuare con il suo profilo.
sign-up-received-existing = Se aveva già un account con questa e-mail, non è stato cambiato nulla: acceda con la password di sempre.

## Accesso in due passaggi

two-factor-title = Accesso in due passaggi
two-factor-explained = Quando accede, inserisce la password e poi un codice di sei cifre da un'app sul telefono. Chi scopre la sua password non può comunque accedere senza il suo telefono.
two-factor-required-explained = Funzionari e amministratori devono usare l'accesso in due passaggi. Lo attivi ora per continuare.
two-factor-step-app = Installi un'app di autenticazione sul telefono, se non ne ha una (per esempio FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).
two-factor-step-scan = Nell'app, aggiunga un account e inquadri questo codice:
two-factor-qr-label = Codice QR per aggiungere Corridor a un'app di autenticazione
two-factor-step-type = Oppure digiti questa chiave nell'app:
two-factor-link = Apri nell'app di autenticazione di questo telefono
two-factor-step-code = Inserisca il codice di sei cifre che l'app mostra ora.
two-factor-code = Codice di sei cifre
two-factor-code-hint = Dalla sua app di autenticazione. Ne arriva uno nuovo ogni 30 secondi.
two-factor-turn-on = Attiva l'accesso in due passaggi
two-factor-on = L'accesso in due passaggi è attivo.
two-factor-recovery-left = { $count ->
    [one] Le resta { $count } codice di recupero.
    [many] Le restano { $count } di codici di recupero.
   *[other] Le restano { $count } codici di recupero.
}
two-factor-required-role = Il suo ruolo richiede l'accesso in due passaggi, quindi non si può disattivare. Se perde il telefono, usi un codice di recupero o si rivolga a un amministratore.
two-factor-turn-off-title = Disattiva l'accesso in due passaggi
two-factor-turn-off-explained = Per disattivarlo, inserisca un codice dell'app o uno dei suoi codici di recupero.
two-factor-turn-off = Disattiva
two-factor-done-off = L'accesso in due passaggi è disattivato. Accede solo con la password.
two-factor-codes-title = I suoi codici di recupero
two-factor-done-on = L'accesso in due passaggi è attivo.
two-factor-codes-explained = Se perde il telefono, ognuno di questi codici le permette di accedere una volta al posto del codice dell'app. Li scriva o li stampi ora e li conservi in un posto sicuro: vengono mostrati solo questa volta.
two-factor-codes-continue = Ho conservato i codici: continua
account-two-factor = Accesso in due passaggi
account-two-factor-on = Attivo
account-two-factor-off = Non attivo
account-two-factor-manage = Attiva o modifica l'accesso in due passaggi

## Il passaggio del codice all'accesso

sign-in-code-title = Inserisca il codice
sign-in-code-explained = La password è giusta. Ora inserisca il codice di sei cifre che la sua app di autenticazione mostra per Corridor.
sign-in-code-use-recovery = Non ho il telefono con me
sign-in-code-recovery = Codice di recupero
sign-in-code-recovery-hint = Uno dei codici che ha conservato quando ha attivato l'accesso in due passaggi. Ognuno vale una sola volta.
sign-in-code-submit = Continua

rule-two-factor-required = Inserisca il codice di sei cifre dell'app, oppure un codice di recupero.
rule-two-factor-code-wrong = Il codice non è giusto. Controlli l'ora del telefono e provi il codice più recente.
rule-two-factor-code-used = Questo codice è già stato usato. Attenda il prossimo.
