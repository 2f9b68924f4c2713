# Pages de Corridor pour chaque rôle, en français. Les messages communs aux
# formulaires viennent d'abord, puis chaque espace. Les messages de règles
# (rule-*) expliquent une règle non respectée dans la langue de la page ;
# l'API conserve le code de la règle.

## Formulaires
form-error-title = Il y a un problème
form-error-prefix = Erreur :
form-choose = Choisissez une option
form-choose-country = Choisissez un pays
form-choose-level = Choisissez un niveau
form-date-invalid = Indiquez une date réelle, par exemple 2026-03-27
form-years-invalid = Indiquez les années avec un nombre de 0 à 60
form-year-invalid = Indiquez une année, par exemple 2019
form-number-invalid = Indiquez un nombre
form-amount-invalid = Indiquez un montant, par exemple 1250.00
form-search = Rechercher
form-add = Ajouter
form-remove = Retirer
form-save = Enregistrer
form-save-continue = Enregistrer et continuer
form-cancel = Annuler
form-expired = Le formulaire a expiré ou ne vient pas de Corridor ; rechargez la page et réessayez.
reference-names-english = Les noms des pays et des langues sont affichés en anglais.
reference-labels-english = Les noms des professions et des compétences viennent d'ESCO et de la CITP-08 et sont affichés en anglais.

nav-menu = Menu
nav-my-home = Ma page
nav-sign-up = S'inscrire

## Travailleur : inscription et page d'accueil
worker-only = Cette page est réservée aux travailleurs.
worker-home-title = Ma page
worker-home-hello = Bonjour, { $name }
worker-home-proposals = { $count ->
    [one] { $count } offre d'emploi attend votre réponse
    [many] { $count } d'offres d'emploi attendent votre réponse
   *[other] { $count } offres d'emploi attendent votre réponse
}
worker-home-no-applications = Vous n'avez encore aucune candidature.
worker-back-home = Retour à ma page

sign-up-title = Créez votre compte
sign-up-intro = C'est gratuit. Vous ne payez jamais de commission pour trouver un emploi grâce à Corridor.
sign-up-account = Votre compte
sign-up-password = Choisissez un mot de passe
sign-up-password-hint = Au moins 10 caractères. Le mieux : quelques mots dont vous pouvez vous souvenir.
sign-up-submit = Créer mon compte
sign-up-have-account = Vous avez déjà un compte ?
sign-up-welcome = Votre compte est prêt. Parlez-nous maintenant de votre travail, pour que nous puissions vous montrer des offres qui vous conviennent.

## Travailleur : profil
profile-title = Mon profil
profile-given-name = Prénoms
profile-family-name = Noms de famille
profile-phone = Numéro de téléphone
profile-phone-hint = Avec l'indicatif du pays, par exemple +52 55 1234 5678
profile-date-of-birth = Date de naissance
profile-sex = Sexe
profile-citizenship = Nationalité
profile-second-citizenship = Deuxième nationalité
profile-country-of-birth = Pays de naissance
profile-country-of-residence = Pays où vous vivez
profile-none = Aucune
profile-step-about = À propos de vous
profile-step-work = Votre travail
profile-step-skills = Vos compétences
profile-step-languages = Langues
profile-step-education = Études
profile-step-availability = Quand vous pouvez travailler
profile-step-done = Terminé
profile-step-todo = À faire
profile-step-of = Étape { $number } sur { $of }
profile-saved = Enregistré.
profile-search-work = Trouvez votre métier
profile-search-work-hint = Écrivez en anglais ce que vous faites, par exemple welder (soudeur), nurse (infirmier ou infirmière) ou fruit picker (cueilleur de fruits)
profile-search-skills = Trouvez une compétence
profile-search-skills-hint = Écrivez une compétence en anglais, par exemple forklift (chariot élévateur) ou food safety (sécurité alimentaire)
profile-search-results = Résultats pour « { $query } »
profile-search-none = Aucun résultat. Essayez un autre mot.
profile-your-occupations = Vos métiers
profile-years = Années d'expérience
profile-no-occupations = Aucun métier pour l'instant. Cherchez le vôtre ci-dessus et ajoutez-le.
profile-your-skills = Vos compétences
profile-no-skills = Aucune compétence pour l'instant. Cherchez les vôtres ci-dessus et ajoutez-les.
profile-languages-hint = Ajoutez chaque langue que vous parlez. Les employeurs doivent vous donner un contrat dans une langue que vous lisez bien (niveau B1 ou plus).
profile-language-n = Langue { $n }
profile-language = Langue
profile-level = Niveau
profile-add-language = Ajouter une autre langue
profile-education = Plus haut niveau d'études terminé
profile-qualification = Un diplôme, un certificat ou une autorisation d'exercer
profile-qualification-title = Son intitulé
profile-qualification-hint = Par exemple : autorisation d'exercer comme infirmier, certificat de soudage
profile-qualification-country = Pays qui l'a délivré
profile-qualification-year = Année
profile-available-from = Disponible à partir du
profile-available-until = Disponible jusqu'au
profile-available-until-hint = Laissez vide si vous n'avez pas de date de fin.
profile-preferred-destination = Pays où vous aimeriez le plus travailler

sex-female = Féminin
sex-male = Masculin
sex-other = Autre sexe ou genre
sex-not-stated = Je préfère ne pas le dire

cefr-a1 = débutant
cefr-a2 = élémentaire
cefr-b1 = intermédiaire : peut lire un contrat
cefr-b2 = intermédiaire avancé
cefr-c1 = avancé
cefr-c2 = courant
cefr-native = Langue maternelle

isced-0 = Aucune scolarité terminée
isced-1 = École primaire
isced-2 = Collège (premier cycle du secondaire)
isced-3 = Lycée (deuxième cycle du secondaire)
isced-4 = Formation post-secondaire (hors université)
isced-5 = Études supérieures courtes
isced-6 = Licence ou équivalent
isced-7 = Master ou équivalent
isced-8 = Doctorat

## Travailleur : consentements
consents-title = Vos consentements
consents-intro = Vous décidez de ce que Corridor fait de votre profil. Vous pouvez modifier chaque choix à tout moment, et chaque modification est conservée ci-dessous.
consents-change = Modifier mes consentements
consents-saved = Votre choix est enregistré.
consents-history = Historique de vos choix
consents-when = Quand
consents-purpose = Pour quoi
consents-change-col = Modification
consents-no-history = Vous n'avez encore fait aucun choix.
consent-given = Donné
consent-not-given = Non donné
consent-withdrawn = Retiré
consent-give = Donner mon consentement
consent-withdraw = Retirer mon consentement
consent-matching-title = Me proposer des offres qui me correspondent
consent-matching-explained = Corridor compare vos métiers, votre expérience, vos compétences et vos langues avec les offres ouvertes, vous montre les meilleures et peut vous inclure dans un cycle d'appariement organisé par des fonctionnaires. Les employeurs ne voient alors qu'un numéro, pas votre nom.
consent-sharing-with-employers-title = Partager mon profil avec les employeurs
consent-sharing-with-employers-explained = Quand vous postulez à une offre, ou acceptez une offre qu'on vous a proposée, l'employeur et son agence agréée peuvent lire votre profil pendant que la candidature est en cours. Si vous retirez ce consentement, ils ne peuvent plus le lire.
consent-statistics-title = Me compter dans les statistiques
consent-statistics-explained = Corridor vous compte, sans votre nom ni rien qui permette de vous identifier, dans des statistiques publiques sur les travailleurs prêts à travailler à l'étranger. Les petits groupes ne sont jamais montrés.
consent-contact-title = Les fonctionnaires peuvent me contacter
consent-contact-explained = Les fonctionnaires de votre pays peuvent vous appeler ou vous écrire au sujet des programmes, par exemple quand un nouveau programme ouvre.

## Travailleur : propositions
proposals-title = Offres qu'on m'a proposées
proposals-intro = Une agence, un employeur ou un fonctionnaire peut vous proposer pour un emploi. Personne ne voit votre profil avant que vous acceptiez. Si vous refusez, on ne vous le redemandera pas pour cet emploi.
proposals-need-sharing = Pour accepter, vous devez d'abord consentir au partage de votre profil avec les employeurs.
proposals-made-on = Proposition du { $date }
proposal-pending = En attente de votre réponse
proposal-accepted = Acceptée
proposal-declined = Refusée
proposals-accept = Accepter et postuler
proposals-decline = Refuser
proposals-see-application = Voir ma candidature
proposals-none = Personne ne vous a encore proposé pour un emploi.

## Travailleur : candidatures
placement-withdraw = Retirer ma candidature
placement-withdraw-explained = Vous pouvez la retirer à tout moment avant votre départ. L'employeur verra que vous l'avez retirée ; vous n'avez pas à dire pourquoi.
placement-contract = Votre contrat
placement-contract-language = Langue du contrat
placement-ledger = Coûts et commissions payés
placement-ledger-intro = Chaque paiement fait pour votre recrutement. Les travailleurs ne paient jamais de commissions de recrutement : si on vous a fait payer, signalez-le ci-dessous.
placement-ledger-none = Aucun paiement enregistré.
placement-paid-by = payé par : { $payer }, à : { $payee }
placement-violation = Contraire au principe de l'employeur-payeur
placement-report = Signaler un paiement qu'on vous a fait payer
placement-report-explained = Les fonctionnaires de votre pays voient chaque signalement. Vous pouvez signaler un paiement même sans reçu.
placement-report-amount = Montant
placement-report-currency = Monnaie
placement-report-paid-to = Payé à
placement-report-category = Pour quoi vous avez payé
placement-report-date = Date du paiement
placement-report-note = Ce qui s'est passé (facultatif)
placement-report-submit = Signaler le paiement
placement-reported = Votre signalement est enregistré. Les fonctionnaires de votre pays le verront.
cost-bribe = Un pot-de-vin
cost-kickback = Une rétrocommission
cost-bond = Une caution ou un dépôt de garantie
cost-collateral = Une sûreté (bien mis en gage)

## Travailleur : parcours professionnel
work-record-title = Mon parcours professionnel
work-record-intro = Les contrats que vous avez achevés grâce à Corridor. Dans beaucoup de programmes, les travailleurs qui reviennent sont réembauchés en priorité.
work-record-job = Emploi
work-record-from = Du
work-record-to = Au
work-record-none = Aucun contrat achevé pour l'instant.
work-record-printed = Imprimé le { $date } depuis Corridor.

## Compte
account-title = Mon compte
account-signed-in-as = Vous vous connectez avec { $email }.
account-done-password = Votre mot de passe est modifié. Toutes vos autres sessions ont été fermées.
account-done-language = Votre langue est enregistrée.
account-password = Modifier votre mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-change-password = Modifier le mot de passe
account-language = Langue des pages
account-sign-out-everywhere = Se déconnecter partout
account-sign-out-everywhere-explained = Met fin à toutes les sessions, sur chaque téléphone ou ordinateur, et à tous les jetons d'API. Utilisez-le si vous avez perdu un téléphone ou si vous pensez que quelqu'un d'autre connaît votre mot de passe.
account-your-data = Vos données
account-your-data-explained = Téléchargez tout ce que Corridor conserve sur vous : votre profil, vos consentements, vos candidatures avec leurs étapes et leurs paiements, et les propositions qu'on vous a faites.
account-download = Télécharger mes données (JSON)
account-close = Fermer mon compte
account-close-explained = Vous pouvez fermer votre compte à tout moment.
close-consequence-consents = Tous vos consentements sont retirés : aucun employeur ne peut lire votre profil, et Corridor ne vous propose plus d'offres et ne vous compte plus dans les statistiques.
close-consequence-applications = Les candidatures qui n'ont pas abouti à un départ sont retirées.
close-consequence-records = Les contrats déjà en cours ou achevés restent enregistrés, comme l'exige la loi des deux pays.
close-consequence-sign-in = Vous ne pourrez plus vous connecter avec ce compte.
close-confirm = J'ai compris, fermer mon compte
close-confirm-required = Cochez la case pour confirmer que vous voulez fermer votre compte.

## Règles, telles qu'affichées près d'un champ
rule-required = Ce champ est obligatoire.
rule-invalid = Ce n'est pas valide.
rule-too-short = Un mot de passe doit avoir au moins 10 caractères.
rule-too-long = C'est trop long.
rule-wrong-password = Le mot de passe actuel n'est pas le bon.
rule-duplicate = Cet élément figure deux fois.
rule-unknown = Cela n'existe pas.
rule-out-of-range = Ce nombre est en dehors des valeurs permises.
rule-implausible = Cela ne semble pas correct ; vérifiez.
rule-under-age = Les travailleurs doivent avoir au moins 18 ans.
rule-before-start = La fin ne peut pas être avant le début.
rule-negative = Un montant ne peut pas être négatif.
rule-not-positive = Le montant doit être supérieur à zéro.
rule-same-party = Celui qui a payé et celui qui a reçu le paiement doivent être différents.
rule-date-in-future = Une date ne peut pas être dans le futur.
rule-before-previous-event = Cette date est avant celle de l'étape précédente.
rule-illegal-transition = Cette étape ne peut pas suivre l'étape actuelle.
rule-not-applicable = Cela ne s'applique pas ici.
rule-consent-required = Pour postuler, vous devez consentir au partage de votre profil avec les employeurs.
rule-worker-not-covered = Ce programme recrute dans un autre pays.
rule-job-order-not-open = Cette offre n'est pas ouverte aux candidatures.
rule-not-a-candidate = Ce travailleur ne peut pas être proposé pour cette offre.
rule-positions-filled = Tous les postes de cette offre d'emploi sont pourvus.
rule-quota-reached = Le quota du programme pour cette période est atteint.
rule-wage-below-minimum = Le salaire est inférieur au minimum du programme.
rule-wage-currency-mismatch = Le salaire doit être dans la monnaie du programme.
rule-hours-below-guarantee = Les heures garanties sont inférieures au minimum du programme.
rule-hours-above-maximum = Les heures dépassent le maximum du programme.
rule-below-guaranteed-hours = Le maximum d'heures ne peut pas être inférieur aux heures garanties.
rule-housing-not-provided = Le programme exige que l'employeur fournisse un logement.
rule-housing-cost-above-cap = Ce que le travailleur paie pour le logement dépasse le plafond du programme.
rule-housing-currency-mismatch = Le coût du logement doit être dans la monnaie du programme.
rule-medical-cover-insufficient = Les soins médicaux sont inférieurs à ce qu'exige le programme.
rule-return-travel-not-paid = Le programme exige que l'employeur paie le voyage de retour.
rule-cost-charged-to-worker = Les commissions de recrutement et frais connexes sont payés par l'employeur, jamais par le travailleur.
rule-occupation-not-in-programme = Cette profession ne fait pas partie du programme.
rule-start-in-past = La date de début est déjà passée.
rule-start-outside-programme = La date de début est en dehors de la période du programme.
rule-stay-too-long = Le contrat est plus long que ce que permet le programme.
rule-employer-suspended = L'employeur est suspendu.
rule-employer-mismatch = L'employeur ne correspond pas.
rule-employer-not-in-destination = L'employeur n'est pas dans le pays de destination du programme.
rule-agency-licence-not-active = La licence de l'agence n'est pas en vigueur.
rule-agency-licence-outside-corridor = L'agence n'a pas de licence dans les pays du programme.
rule-who-safeguard-active-recruitment = Les personnels de santé ne peuvent pas être recrutés activement dans un pays de la liste d'appui et de sauvegarde de l'OMS, sauf dans le cadre d'un accord de gouvernement à gouvernement.
rule-not-a-returning-worker = Seuls les travailleurs qui ont achevé un contrat avec cet employeur peuvent être demandés nommément.
rule-contract-language-not-read = Le contrat doit être dans une langue que le travailleur lit bien (B1 ou plus).
rule-contract-wage-below-job-order = Le salaire du contrat est inférieur à celui de l'offre d'emploi.
rule-contract-wage-currency-mismatch = Le salaire du contrat est dans une autre monnaie.
rule-contract-hours-below-job-order = Le contrat garantit moins d'heures que l'offre d'emploi.
rule-contract-hours-above-job-order = Le contrat permet plus d'heures que l'offre d'emploi.
rule-contract-housing-missing = Le contrat ne prévoit pas le logement promis par l'offre d'emploi.
rule-contract-housing-cost-above-job-order = Le contrat fait payer le logement plus cher que l'offre d'emploi.
rule-contract-medical-below-job-order = Le contrat donne moins de soins médicaux que l'offre d'emploi.
rule-contract-return-travel-missing = Le contrat ne prévoit pas le voyage de retour payé.
rule-contract-duration-differs = La durée du contrat n'est pas celle de l'offre d'emploi.
rule-same-country = Les deux pays doivent être différents.
rule-countries-fixed = Les pays d'un programme ne peuvent pas être modifiés.

## Listes
pagination = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-page = Page { $page } sur { $pages }

## Offres d'emploi, pour ceux qui les gèrent
job-orders-title = Offres d'emploi
job-orders-post = Publier une offre d'emploi
job-orders-by-status = Offres d'emploi par statut
job-orders-none = Il n'y a aucune offre d'emploi ici.
job-orders-managers-only = Les offres d'emploi sont gérées par les employeurs, leurs agences et les fonctionnaires.
job-orders-back = Retour aux offres d'emploi
job-status-pending_approval = En attente d'approbation
job-status-open = Ouverte
job-status-closed = Clôturée

job-form-intro = Chaque condition que vous indiquez ici est montrée aux travailleurs avant qu'ils postulent, et vérifiée par rapport aux conditions minimales du programme. Si quelque chose enfreint une règle, tous les problèmes sont listés pour que vous puissiez les corriger en une seule fois.
job-form-submit = Soumettre l'offre d'emploi
job-form-the-job = L'emploi
job-form-agency = Agence agréée qui la gère
job-form-agency-hint = Seules les agences titulaires d'une licence en vigueur dans les pays du programme peuvent gérer une offre d'emploi.
job-form-no-agency = Aucune agence
job-form-find-occupation = Profession
job-form-choose = Choisir
job-form-choose-occupation = Cherchez la profession et choisissez-la.
job-form-title = Intitulé du poste
job-form-title-hint = Le nom que vous donnez à l'emploi. Laissez vide pour utiliser le nom de la profession.
job-form-positions = Nombre de postes
job-form-locality = Ville ou commune
job-form-region = Région, province ou État
job-form-duration = Durée du contrat en mois
job-form-pay = Salaire et horaires
job-form-currency = Monnaie
job-form-per = Salaire calculé par
per-hour = heure
per-week = semaine
per-month = mois
per-year = année
job-form-guaranteed-hours = Heures garanties par semaine
job-form-max-hours = Maximum d'heures par semaine
job-form-living = Logement, soins médicaux et voyage de retour
job-form-housing-yes = L'employeur fournit un logement
job-form-housing-no = Aucun logement n'est fourni
job-form-housing-cost = Ce que le travailleur paie pour le logement chaque mois
job-form-housing-cost-hint = Laissez vide s'il est gratuit.
job-form-housing-description = Le logement, en quelques mots
job-form-return = Voyage de retour
job-form-return-yes = Payé par l'employeur
job-form-return-no = Non payé par l'employeur
job-form-requirements = Ce que le travailleur doit avoir
job-form-experience = Années d'expérience exigées
job-form-languages = Langues exigées
job-form-min-level = Niveau minimum
job-form-skills = Compétences exigées
job-form-contract-languages = Langues dans lesquelles le contrat est proposé
job-form-contract-languages-hint = Le travailleur doit bien lire le contrat : proposez-le dans les langues du pays d'origine.
job-form-costs-hint = Chaque coût du recrutement et qui le paie. Les commissions de recrutement et frais connexes sont payés par l'employeur, jamais par le travailleur.
job-form-cost-n = Coût { $n }
job-form-cost-category = À quoi il correspond
job-form-cost-paid-by = Payé par
job-form-add-cost = Ajouter un coût
job-form-named = Travailleurs de retour demandés nommément
job-form-named-hint = Les numéros de travailleur des personnes qui ont achevé un contrat avec vous. Ils ne sont pas montrés au public.
job-form-named-n = Numéro de travailleur { $n }
job-form-add-named = Ajouter un travailleur de retour

job-posted-pending = L'offre d'emploi est soumise. Un fonctionnaire du pays de destination va la vérifier et l'approuver.
job-posted-open = L'offre d'emploi est ouverte aux candidatures.
job-done-approved = L'offre d'emploi est approuvée et ouverte aux candidatures.
job-done-sent_back = L'offre d'emploi est renvoyée à l'employeur avec votre motif.
job-done-closed = L'offre d'emploi est clôturée.
job-done-proposed = Le travailleur a reçu la proposition. Son profil reste privé tant qu'il n'a pas accepté.
job-see-public = Voir la page que voient les travailleurs
job-approval = Approbation
job-approval-problems = Vérifiée aujourd'hui par rapport au programme, cette offre d'emploi enfreint ces règles :
job-approval-ok = Vérifiée aujourd'hui par rapport au programme, cette offre d'emploi respecte toutes les règles.
job-approve = Approuver et ouvrir
job-send-back-reason = Motif du renvoi
job-send-back = Renvoyer à l'employeur
job-candidates = Candidatures
job-candidate = Travailleur { NUMBER($worker, useGrouping: "false") }
job-no-candidates = Personne n'a encore postulé.
job-shortlist = Meilleurs candidats
job-shortlist-intro = Travailleurs inscrits pour l'appariement, classés selon leur adéquation. Les noms restent privés ; proposez un travailleur et il décide s'il postule.
job-score = score { $score }
job-details-withheld = Ce travailleur ne partage pas son profil avec les employeurs ; les raisons sont masquées. Vous pouvez quand même le proposer.
job-propose = Proposer ce travailleur
job-already-proposed = Déjà sollicité ou déjà candidat.
job-close = Clôturer cette offre d'emploi
job-close-explained = Plus personne ne peut postuler. Les candidatures déjà faites restent et se poursuivent.
job-close-confirm = J'ai compris, la clôturer
job-close-confirm-required = Cochez la case pour confirmer que vous voulez clôturer l'offre d'emploi.

## Un placement, pour ceux qui le gèrent
placement-moved = Enregistré : { $status }.
placement-worker = Travailleur
placement-next-steps = Étapes suivantes
placement-record = Enregistrer : { $status }
placement-end-reason = Pourquoi il a pris fin avant terme
placement-steps-dated-today = Chaque étape est datée d'aujourd'hui ({ $date }).
placement-record-payment = Enregistrer un paiement
placement-payer = Payé par
placement-payment-note = Numéro de reçu ou note (facultatif)
end-employer_breach = L'employeur n'a pas respecté le contrat
end-worker_choice = Le travailleur a choisi de partir
end-changed_employer = Le travailleur a changé d'employeur
end-health_or_injury = Maladie ou accident
end-work_ended = Le travail a pris fin
end-other = Autre motif

## Tableaux de bord
dashboard-open-job-orders = Offres d'emploi ouvertes
dashboard-pending-job-orders = Offres d'emploi en attente d'approbation
dashboard-closed-job-orders = Offres d'emploi clôturées
dashboard-agency = Mon agence et sa licence
dashboard-pending-approval = Offres d'emploi à approuver
dashboard-placements = Placements : visas, départs, arrivées, retours
dashboard-match-rounds = Cycles d'appariement
dashboard-register-worker = Inscrire un travailleur
dashboard-agencies = Agences de recrutement et leurs licences
dashboard-employers = Employeurs
dashboard-audit-log = Journal d'audit
dashboard-users = Utilisateurs
dashboard-statistics = Statistiques
placements-list-title = Placements
placements-any-status = Tous les statuts
placements-filter = Afficher
placements-count = { $count ->
    [one] { $count } placement
    [many] { $count } de placements
   *[other] { $count } placements
}
placements-none-here = Aucun placement ici.

## Salaires, le montant au format de nombres de la page
wage-per-hour = { $amount } de l’heure
wage-per-week = { $amount } par semaine
wage-per-month = { $amount } par mois
wage-per-year = { $amount } par an
