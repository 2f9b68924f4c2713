# Corridor : employeurs et agences de recrutement, français. L'historique
# d'une licence et les motifs donnés sont publics, pour qu'un travailleur
# puisse vérifier un recruteur.

## Les deux
org-name = Raison sociale
org-country = Pays
org-all-countries = Tous les pays
org-history = Historique
org-reason = Motif
org-reason-optional = Motif (facultatif)
org-reason-public = Le motif est conservé dans l'historique et visible par tous sur cette page.
org-valid-until = valable jusqu'au { $date }
org-error-reason-required = Indiquez pourquoi. Le motif est conservé dans l'historique.
org-error-reason-too-long = Le motif doit faire moins de 2000 caractères.
org-error-name-required = Indiquez la raison sociale.

## Employeurs
org-employers-title = Employeurs
org-employers-intro = Les employeurs des pays de destination, enregistrés par les fonctionnaires de leur pays. Un employeur suspendu ne peut pas publier d'offres d'emploi.
org-employers-count = { $count ->
    [one] { $count } employeur
    [many] { $count } d'employeurs
   *[other] { $count } employeurs
}
org-employers-none = Aucun employeur ne correspond.
org-registration-number = Numéro d'immatriculation de l'entreprise
org-registration-number-hint = Tel qu'enregistré dans le pays de l'employeur.
org-sector = Secteur
org-sector-hint = En termes simples, par exemple agriculture, santé, industrie manufacturière.
org-employer-status-active = Actif
org-employer-status-suspended = Suspendu
org-employer-action-register = Enregistré
org-employer-action-suspend = Suspendu
org-employer-action-reinstate = Rétabli
org-employer-register = Enregistrer un employeur
org-employer-register-intro = Les fonctionnaires du pays de l'employeur l'enregistrent. Il peut publier des offres d'emploi immédiatement.
org-employer-register-only = Seuls les fonctionnaires des pays de destination et les administrateurs enregistrent des employeurs.
org-employer-suspend = Suspendre cet employeur
org-employer-suspend-explained = Un employeur suspendu ne peut pas publier d'offres d'emploi tant qu'il n'est pas rétabli. Les placements en cours se poursuivent.
org-employer-reinstate = Rétablir cet employeur
org-employer-reinstate-explained = L'employeur peut de nouveau publier des offres d'emploi.
org-employer-reason-hint = Le motif est conservé dans l'historique de l'employeur.
org-employer-done-registered = L'employeur est enregistré.
org-employer-done-suspend = L'employeur est suspendu.
org-employer-done-reinstate = L'employeur est rétabli.
org-back-to-employers = Retour aux employeurs
org-error-registration-number-required = Indiquez le numéro d'immatriculation de l'entreprise.

## Agences et licences
org-agencies-title = Agences de recrutement
org-agencies-intro = Toutes les agences de recrutement titulaires d'une licence délivrée via Corridor, avec l'état de leur licence aujourd'hui. Avant de payer qui que ce soit ou de signer quoi que ce soit, vérifiez que la licence de l'agence est en vigueur. Les travailleurs ne paient jamais de commissions de recrutement.
org-agencies-count = { $count ->
    [one] { $count } agence
    [many] { $count } d'agences
   *[other] { $count } agences
}
org-agencies-none = Aucune agence ne correspond.
org-agency = L'agence
org-established-in = Pays d'établissement
org-licence = La licence
org-licence-number = Numéro de licence
org-issuing-country = Délivrée par
org-licence-validity = Validité
org-licence-valid-dates = Du { $from } au { $until }
org-valid-from = Premier jour de validité
org-valid-until-label = Dernier jour de validité
org-licence-status-active = En vigueur
org-licence-status-suspended = Suspendue
org-licence-status-revoked = Révoquée
org-licence-status-expired = Expirée
org-licence-not-active-warning = Cette agence n'a pas le droit de recruter en ce moment. Ne la payez pas et ne signez rien avec elle.
org-licence-history = Historique de la licence
org-licence-action-issue = Licence délivrée
org-licence-action-renew = Renouvelée
org-licence-action-suspend = Suspendue
org-licence-action-reinstate = Rétablie
org-licence-action-revoke = Révoquée
org-licence-action-expire = Expirée
org-licence-actions = Modifier la licence
org-licence-renew = Renouveler la licence
org-new-valid-until = Nouveau dernier jour de validité
org-new-valid-until-hint = Postérieur au dernier jour actuel, par exemple 2029-12-31.
org-licence-suspend = Suspendre la licence
org-licence-suspend-explained = L'agence ne peut plus recruter tant que la licence n'est pas rétablie : elle ne peut pas gérer de nouvelles offres d'emploi.
org-licence-reinstate = Rétablir la licence
org-licence-reinstate-explained = La licence est de nouveau en vigueur jusqu'à son dernier jour de validité.
org-licence-revoke = Révoquer la licence
org-licence-revoke-explained = Retire la licence définitivement. Vous le confirmez à la page suivante.
org-licence-done-licensed = L'agence a reçu sa licence.
org-licence-done-renew = La licence est renouvelée.
org-licence-done-suspend = La licence est suspendue.
org-licence-done-reinstate = La licence est rétablie.
org-licence-done-revoke = La licence est révoquée.
org-agency-license = Délivrer une licence à une agence
org-agency-license-intro = Les fonctionnaires du pays qui délivre la licence l'accordent à une agence de recrutement. La licence est en vigueur de son premier à son dernier jour de validité.
org-agency-license-only = Seuls les fonctionnaires et les administrateurs délivrent des licences aux agences de recrutement.
org-licence-number-taken = Ce numéro de licence est déjà enregistré.
org-back-to-agencies = Retour aux agences
org-error-licence-number-required = Indiquez le numéro de licence.
org-error-valid-until-required = Indiquez le nouveau dernier jour de validité.
org-error-licence-valid-until-before-start = Le dernier jour de validité ne peut pas être avant le premier.

## Révocation
org-revoke-title = Révoquer la licence de { $name }
org-revoke-intro = La licence { $number } sera retirée définitivement.
org-revoke-consequence-final = Une licence révoquée ne peut être ni rétablie ni renouvelée ; l'agence aurait besoin d'une nouvelle licence.
org-revoke-consequence-job-orders = L'agence ne peut plus gérer de nouvelles offres d'emploi. Les placements en cours restent enregistrés.
org-revoke-consequence-public = La révocation et son motif sont visibles par tous sur la page de l'agence.
org-revoke-confirm = Je confirme que cette licence est révoquée définitivement
org-error-confirm-confirmation-required = Cochez la case pour confirmer la révocation.

## L'agence d'un recruteur
org-own-agency-title = Mon agence
org-own-agency-intro = La licence de votre agence telle que la voient les travailleurs et les fonctionnaires, et les offres d'emploi que gère votre agence.
org-agency-job-orders = Offres d'emploi gérées par votre agence
org-agency-job-orders-none = Votre agence ne gère encore aucune offre d'emploi.
org-job-order-status-pending_approval = En attente d'approbation
org-job-order-status-open = Ouverte
org-job-order-status-closed = Clôturée
org-job-order-starts = début le { $date }

## Règles
rule-illegal-licence-action = Cette action n'est pas possible sur la licence dans son état actuel.
rule-illegal-employer-action = Cette action n'est pas possible sur l'employeur dans son état actuel.
rule-renewal-not-later = Le nouveau dernier jour de validité doit être postérieur à l'actuel et ne pas être dans le passé.
rule-changed-by-action = Cela ne change que par l'action prévue à cet effet, qui conserve le motif.
rule-confirmation-required = Cochez la case pour confirmer.
