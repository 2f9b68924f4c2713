## Inscription : la même réponse que l'adresse soit nouvelle ou non

sign-up-received-title = Merci
sign-up-received-new = Si cette adresse e-mail est nouvelle, votre compte est prêt : connectez-vous ci-dessous pour continuer votre profil.
sign-up-received-existing = Si vous aviez déjà un compte avec cette adresse, rien n'a été modifié : connectez-vous avec votre mot de passe habituel.

## Connexion en deux étapes

two-factor-title = Connexion en deux étapes
two-factor-explained = Pour vous connecter, vous donnez votre mot de passe puis un code à six chiffres venant d'une application de votre téléphone. Quelqu'un qui apprend votre mot de passe ne peut toujours pas se connecter sans votre téléphone.
two-factor-required-explained = Les agents publics et les administrateurs doivent utiliser la connexion en deux étapes. Activez-la maintenant pour continuer.
two-factor-step-app = Installez une application d'authentification sur votre téléphone si vous n'en avez pas (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
two-factor-step-scan = Dans l'application, ajoutez un compte et scannez ce code :
two-factor-qr-label = Code QR pour ajouter Corridor à une application d'authentification
two-factor-step-type = Ou saisissez cette clé dans l'application :
two-factor-link = Ouvrir dans l'application d'authentification de ce téléphone
two-factor-step-code = Saisissez le code à six chiffres que l'application affiche maintenant.
two-factor-code = Code à six chiffres
two-factor-code-hint = Donné par votre application d'authentification. Un nouveau code arrive toutes les 30 secondes.
two-factor-turn-on = Activer la connexion en deux étapes
two-factor-on = La connexion en deux étapes est activée.
two-factor-recovery-left = { $count ->
    [one] Il vous reste { $count } code de secours.
    [many] Il vous reste { $count } de codes de secours.
   *[other] Il vous reste { $count } codes de secours.
}
two-factor-required-role = Votre rôle impose la connexion en deux étapes : elle ne peut pas être désactivée. Si vous perdez votre téléphone, utilisez un code de secours ou adressez-vous à un administrateur.
two-factor-turn-off-title = Désactiver la connexion en deux étapes
two-factor-turn-off-explained = Pour la désactiver, saisissez un code de votre application ou l'un de vos codes de secours.
two-factor-turn-off = Désactiver
two-factor-done-off = La connexion en deux étapes est désactivée. Vous vous connectez avec votre seul mot de passe.
two-factor-codes-title = Vos codes de secours
two-factor-done-on = La connexion en deux étapes est activée.
two-factor-codes-explained = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois à la place du code de l'application. Notez-les ou imprimez-les maintenant et gardez-les en lieu sûr : ils ne sont affichés que cette fois-ci.
two-factor-codes-continue = J'ai gardé mes codes : continuer
account-two-factor = Connexion en deux étapes
account-two-factor-on = Activée
account-two-factor-off = Désactivée
account-two-factor-manage = Activer ou modifier la connexion en deux étapes

## L'étape du code à la connexion

sign-in-code-title = Saisissez votre code
sign-in-code-explained = Votre mot de passe est correct. Saisissez maintenant le code à six chiffres que votre application d'authentification affiche pour Corridor.
sign-in-code-use-recovery = Je n'ai pas mon téléphone
sign-in-code-recovery = Code de secours
sign-in-code-recovery-hint = L'un des codes que vous avez gardés en activant la connexion en deux étapes. Chacun ne sert qu'une fois.
sign-in-code-submit = Continuer

rule-two-factor-required = Saisissez le code à six chiffres de votre application, ou un code de secours.
rule-two-factor-code-wrong = Le code n'est pas correct. Vérifiez l'heure de votre téléphone et essayez le code le plus récent.
rule-two-factor-code-used = Ce code a déjà servi. Attendez le suivant.
