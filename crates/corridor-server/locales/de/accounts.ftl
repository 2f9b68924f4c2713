## Registrierung: dieselbe Antwort, ob die E-Mail-Adresse neu ist oder nicht

sign-up-received-title = Vielen Dank
sign-up-received-new = Wenn diese E-Mail-Adresse neu ist, ist Ihr Konto bereit: Melden Sie sich unten an, um mit Ihrem Profil weiterzumachen.
sign-up-received-existing = Wenn Sie mit dieser E-Mail-Adresse schon ein Konto hatten, wurde nichts geändert: Melden Sie sich mit Ihrem gewohnten Passwort an.

## Anmeldung in zwei Schritten

two-factor-title = Anmeldung in zwei Schritten
two-factor-explained = Beim Anmelden geben Sie Ihr Passwort und danach einen sechsstelligen Code aus einer App auf Ihrem Telefon ein. Wer Ihr Passwort erfährt, kann sich ohne Ihr Telefon trotzdem nicht anmelden.
two-factor-required-explained = Behördenmitarbeitende und Administratoren müssen sich in zwei Schritten anmelden. Richten Sie es jetzt ein, um fortzufahren.
two-factor-step-app = Installieren Sie eine Authenticator-App auf Ihrem Telefon, falls Sie noch keine haben (zum Beispiel FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator).
two-factor-step-scan = Fügen Sie in der App ein Konto hinzu und scannen Sie diesen Code:
two-factor-qr-label = QR-Code, um Corridor zu einer Authenticator-App hinzuzufügen
two-factor-step-type = Oder geben Sie diesen Schlüssel in der App ein:
two-factor-link = In der Authenticator-App auf diesem Telefon öffnen
two-factor-step-code = Geben Sie den sechsstelligen Code ein, den die App jetzt anzeigt.
two-factor-code = Sechsstelliger Code
two-factor-code-hint = Aus Ihrer Authenticator-App. Alle 30 Sekunden kommt ein neuer.
two-factor-turn-on = Anmeldung in zwei Schritten einschalten
two-factor-on = Die Anmeldung in zwei Schritten ist eingeschaltet.
two-factor-recovery-left = { $count ->
    [one] Sie haben noch { $count } Wiederherstellungscode.
   *[other] Sie haben noch { $count } Wiederherstellungscodes.
}
two-factor-required-role = Ihre Rolle verlangt die Anmeldung in zwei Schritten, daher kann sie nicht ausgeschaltet werden. Wenn Sie Ihr Telefon verlieren, nutzen Sie einen Wiederherstellungscode oder wenden Sie sich an einen Administrator.
two-factor-turn-off-title = Anmeldung in zwei Schritten ausschalten
two-factor-turn-off-explained = Geben Sie zum Ausschalten einen Code aus Ihrer App oder einen Ihrer Wiederherstellungscodes ein.
two-factor-turn-off = Ausschalten
two-factor-done-off = Die Anmeldung in zwei Schritten ist ausgeschaltet. Sie melden sich nur mit Ihrem Passwort an.
two-factor-codes-title = Ihre Wiederherstellungscodes
two-factor-done-on = Die Anmeldung in zwei Schritten ist eingeschaltet.
two-factor-codes-explained = Wenn Sie Ihr Telefon verlieren, können Sie sich mit jedem dieser Codes einmal anstelle des App-Codes anmelden. Schreiben Sie sie jetzt auf oder drucken Sie sie aus und bewahren Sie sie sicher auf: Sie werden nur dieses eine Mal angezeigt.
two-factor-codes-continue = Ich habe meine Codes aufbewahrt: weiter
account-two-factor = Anmeldung in zwei Schritten
account-two-factor-on = Eingeschaltet
account-two-factor-off = Ausgeschaltet
account-two-factor-manage = Anmeldung in zwei Schritten einrichten oder ändern

## Der Code-Schritt beim Anmelden

sign-in-code-title = Code eingeben
sign-in-code-explained = Ihr Passwort stimmt. Geben Sie jetzt den sechsstelligen Code ein, den Ihre Authenticator-App für Corridor anzeigt.
sign-in-code-use-recovery = Ich habe mein Telefon nicht
sign-in-code-recovery = Wiederherstellungscode
sign-in-code-recovery-hint = Einer der Codes, die Sie beim Einschalten der Anmeldung in zwei Schritten aufbewahrt haben. Jeder gilt nur einmal.
sign-in-code-submit = Weiter

rule-two-factor-required = Geben Sie den sechsstelligen Code aus Ihrer App oder einen Wiederherstellungscode ein.
rule-two-factor-code-wrong = Der Code stimmt nicht. Prüfen Sie die Uhrzeit auf Ihrem Telefon und versuchen Sie den neuesten Code.
rule-two-factor-code-used = Dieser Code wurde schon verwendet. Warten Sie auf den nächsten.
