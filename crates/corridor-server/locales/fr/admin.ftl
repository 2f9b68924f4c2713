# Corridor : pages de l'administrateur (comptes), français. Toutes les listes
# partagent les messages de pagination (admin-page-*).

## Listes
admin-pagination-label = Pages
admin-page-of = Page { $page } sur { $pages }
admin-page-previous = Page précédente
admin-page-next = Page suivante
admin-filter = Afficher

## Rôles
admin-role-worker = Travailleur
admin-role-employer = Employeur
admin-role-recruiter = Recruteur (agence agréée)
admin-role-origin-official = Fonctionnaire d'un pays d'origine
admin-role-destination-official = Fonctionnaire d'un pays de destination
admin-role-researcher = Chercheur
admin-role-admin = Administrateur

## Comptes
admin-users-title = Comptes
admin-users-count = { $count ->
    [one] { $count } compte
    [many] { $count } de comptes
   *[other] { $count } comptes
}
admin-users-none = Aucun compte ne correspond.
admin-all-roles = Tous les rôles
admin-role = Rôle
admin-status = Statut
admin-enabled = Peut se connecter
admin-disabled = Désactivé
admin-acts-for = Agit pour
admin-created = Créé le
admin-back-to-users = Retour aux comptes

## Un nouveau compte
admin-new-user = Créer un compte
admin-new-user-intro = Les travailleurs créent eux-mêmes leur compte en s'inscrivant, ou un fonctionnaire de leur pays les inscrit. Ici, vous créez les comptes des employeurs, des recruteurs, des fonctionnaires, des chercheurs et des administrateurs.
admin-account = Le compte
admin-display-name = Nom affiché sur les pages
admin-display-name-hint = Le nom d'une personne, ou un service comme « Attaché chargé du travail, Ottawa ».
admin-temporary-password = Mot de passe provisoire
admin-temporary-password-hint = Au moins 10 caractères. Remettez-le à la personne en privé ; elle devra le modifier sur la page de son compte après s'être connectée.
admin-role-and-binding = Ce que fait le compte
admin-role-hint = Un compte d'employeur doit être rattaché à son employeur, un compte de recruteur à son agence, un compte de fonctionnaire à son pays.
admin-employer = Employeur
admin-employer-hint = Uniquement pour un compte d'employeur.
admin-agency = Agence de recrutement
admin-agency-hint = Uniquement pour un compte de recruteur.
admin-country = Pays
admin-country-hint = Uniquement pour un fonctionnaire : le pays dont il est fonctionnaire.
admin-none = Aucun
admin-create-account = Créer le compte
admin-email-taken = Un compte existe déjà avec cette adresse e-mail.
admin-error-email-invalid = Indiquez une adresse e-mail, par exemple nom@exemple.org.
admin-error-display-name-required = Indiquez le nom affiché sur les pages.
admin-error-role-required = Choisissez le rôle du compte.
admin-error-employer-id-required = Choisissez l'employeur pour lequel ce compte agit.
admin-error-agency-id-required = Choisissez l'agence pour laquelle ce compte agit.
admin-error-country-required = Choisissez le pays du fonctionnaire.
admin-error-password-too-short = Indiquez un mot de passe provisoire d'au moins 10 caractères.

## Un compte
admin-done-created = Le compte est créé. Remettez à la personne son mot de passe provisoire en privé.
admin-done-disabled = Le compte est désactivé. Toutes ses sessions ont été fermées et ses jetons d'API ne fonctionnent plus.
admin-done-enabled = Le compte peut de nouveau se connecter.
admin-done-password = Le mot de passe est modifié. Toutes les sessions du compte ont été fermées et ses jetons d'API ne fonctionnent plus.
admin-own-account = C'est votre propre compte. Modifiez votre mot de passe sur la page de votre compte, qui vous demande le mot de passe actuel.
admin-disable = Désactiver ce compte
admin-disable-explained = La personne ne peut plus se connecter. Toutes ses sessions sont fermées immédiatement et tous les jetons d'API du compte cessent de fonctionner. Ses données enregistrées restent telles quelles. Vous pouvez réactiver le compte.
admin-enable = Réactiver ce compte
admin-enable-explained = La personne peut de nouveau se connecter avec son mot de passe. Les sessions et les jetons fermés lors de la désactivation du compte le restent.
admin-reset-password = Définir un nouveau mot de passe provisoire
admin-reset-password-explained = Pour une personne qui a oublié son mot de passe ou dont le mot de passe est peut-être connu d'autres personnes. Toutes ses sessions sont fermées et tous les jetons d'API du compte cessent de fonctionner.

## Règles
rule-own-account = Vous ne pouvez pas faire cela sur votre propre compte ici.
