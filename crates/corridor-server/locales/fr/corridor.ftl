# Pages de Corridor, français.
# Traduction automatique, à faire relire par une personne de langue française
# (voir TRANSLATIONS.md). Termes de l'OIT : « commissions de recrutement et
# frais connexes », « principe de l'employeur-payeur » ; CITP-08 pour ISCO-08.
app-name = Corridor
app-tagline = Des emplois légaux à l'étranger, toutes les conditions par écrit, aucune commission pour les travailleurs.
nav-jobs = Offres d'emploi
nav-my-placements = Mes candidatures
nav-dashboard = Tableau de bord
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-language = Langue
signed-in-as = Session de { $name } ({ $role })

home-title = Travailler à l'étranger, en sécurité et équitablement
home-intro = Corridor publie des offres d'emploi proposées dans le cadre d'accords entre pays. Chaque offre indique le salaire, les horaires, le logement, les soins médicaux et le voyage de retour — et qui paie chaque coût du recrutement. Les travailleurs ne paient jamais de commissions de recrutement.
home-browse = Voir les offres ouvertes
home-check-agency = Vérifier une agence de recrutement
home-api = Documentation de l'API (OpenAPI)

sign-in-title = Connexion
sign-in-email = Adresse e-mail
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-failed = L'adresse e-mail ou le mot de passe est incorrect.

jobs-title = Offres d'emploi ouvertes
jobs-for-you = Offres ouvertes dans les programmes auxquels vous pouvez participer
jobs-count = { $count ->
    [one] { $count } offre d'emploi
    [many] { $count } d'offres d'emploi
   *[other] { $count } offres d'emploi
}
jobs-recommended = Recommandées pour vous
jobs-recommended-note = Classées selon l'adéquation de votre métier, de votre expérience, de vos compétences et de vos langues, et selon que vous avez déjà travaillé dans le programme. Chaque raison est indiquée.
jobs-none = Il n'y a aucune offre ouverte pour vous en ce moment.
jobs-positions = { $count ->
    [one] { $count } poste
    [many] { $count } de postes
   *[other] { $count } postes
}
jobs-starts = Début le { $date }, pour { $months } mois
jobs-see = Voir toutes les conditions

job-title = Offre d'emploi { NUMBER($id, useGrouping: "false") }
job-programme = Programme
job-corridor = De { $origin } vers { $destination }
job-employer = Employeur
job-location = Lieu
job-occupation = Profession
job-start = Début
job-duration = Durée du contrat
job-months = { $months } mois
job-wage = Salaire
job-wage-minimum = Le minimum du programme est de { $minimum }.
job-hours = Horaires
job-hours-text = { $guaranteed } heures par semaine garanties, { $max } au maximum
job-housing = Logement
job-housing-provided-free = Fourni gratuitement par l'employeur.
job-housing-provided-cost = Fourni par l'employeur ; vous payez { $cost } par mois.
job-housing-not-provided = Non fourni.
job-medical = Soins médicaux
medical-none = Non fournis
medical-insurance = Assurance maladie payée par l'employeur
medical-care = Soins médicaux fournis par l'employeur
medical-care_and_insurance = Soins médicaux et assurance maladie fournis par l'employeur
job-return = Voyage de retour
job-return-paid = Payé par l'employeur.
job-return-not-paid = Non payé par l'employeur.
job-rehire = Réembauche
job-rehire-yes = Les travailleurs qui terminent un placement sont réembauchés en priorité.
job-rehire-no = Pas de priorité de réembauche.
job-social-security = Retraite et sécurité sociale
job-pathway = Résidence permanente
job-pathway-yes = Ce programme peut mener à la résidence permanente.
job-pathway-no = Ce programme ne mène pas à la résidence permanente.
job-languages = Langues exigées
job-language-level = { $language } au niveau { $level } ou plus
job-experience = Expérience exigée
job-experience-months = { $months } mois
job-skills = Compétences exigées
job-skills-optional = Compétences utiles
job-contract-languages = Contrat proposé en
job-costs = Qui paie les coûts du recrutement
job-costs-note = Selon le principe de l'employeur-payeur, le travailleur ne paie aucun de ces coûts. Si quelqu'un vous demande de payer, signalez-le.
job-cost-category = Coût
job-cost-amount = Montant
job-cost-paid-by = Payé par
job-cost-undeclared = L'employeur (principe de l'employeur-payeur)
job-apply = Postuler à cette offre
job-applied = Vous avez postulé à cette offre.
job-sign-in-to-apply = Connectez-vous en tant que travailleur pour postuler.
job-g2g = Accord de gouvernement à gouvernement

cost-recruitment_service = Commission pour le service de recrutement
cost-medical = Examen médical
cost-insurance = Assurance
cost-skills_tests = Tests de compétences et de langue
cost-training_orientation = Formation et orientation avant le départ
cost-equipment = Équipement
cost-travel_lodging = Voyage et hébergement
cost-visa_administrative = Visa et frais administratifs

party-worker = Travailleur
party-employer = Employeur
party-agency = Agence de recrutement
party-government = Gouvernement
party-third_party = Une autre personne

placements-title = Mes candidatures
placements-none = Vous n'avez encore postulé à aucune offre.
placement-title = Candidature { NUMBER($id, useGrouping: "false") }
placement-status = Statut
placement-timeline = Étapes
placement-job = Offre

status-applied = Candidature envoyée
status-shortlisted = Présélection
status-selected = Candidature retenue
status-contract_signed = Contrat signé
status-orientation_done = Orientation avant le départ suivie
status-visa_issued = Visa délivré
status-departed = Départ effectué
status-arrived = Arrivée à destination
status-employed = En emploi
status-completed = Contrat achevé
status-returned = Retour au pays
status-withdrawn = Candidature retirée
status-rejected = Candidature non retenue
status-ended_early = Fin anticipée

dashboard-title = Tableau de bord
dashboard-programmes = Programmes
dashboard-job-orders = Offres d'emploi
dashboard-violations = Infractions signalées en matière de commissions
dashboard-researcher = Les chercheurs ne voient que des statistiques agrégées et protégées ; aucune donnée personnelle.

error-title = Quelque chose ne va pas
error-not-found = Cette page n'existe pas.
error-forbidden = Vous n'êtes pas autorisé à voir cette page.
error-back = Retour à l'accueil

footer-data = Professions et compétences : ESCO (© Union européenne, CC BY 4.0). Garanties pour les personnels de santé : OMS (2023).

# Statistiques (base de données probantes)
home-stats = Statistiques : travailleurs migrants à l'étranger, flux, pénuries de main-d'œuvre, commissions
dashboard-stats = Ouvrir les statistiques : tableaux et graphiques protégés, à télécharger en CSV, JSON et SDMX
stats-title = Statistiques
stats-intro = Chiffres tirés des propres registres de Corridor : placements, offres d'emploi, travailleurs inscrits et registre des commissions. Chaque chiffre indique à côté sa source, sa définition, sa méthode et son incertitude. Aucune donnée personnelle n'est jamais montrée : un chiffre reposant sur moins de { $min } personnes est masqué, avec assez d'autres pour qu'il ne puisse pas être déduit des totaux.
stats-all-figures = Tous les chiffres
stats-api = Chaque tableau est aussi disponible dans l'API (/api/v1/stats) en JSON, CSV et SDMX-CSV.
stats-source = Source
stats-reference = Référence
stats-reference-date = au { $date }
stats-reference-period = du { $from } au { $to }
stats-definition = Définition
stats-method = Méthode
stats-unit = Unité
stats-uncertainty = Incertitude
stats-disclosure = Contrôle de la divulgation
stats-disclosure-text = Les cellules reposant sur moins de { $min } personnes sont masquées : { $primary } ici, et { $secondary } de plus pour qu'aucune ne puisse être déduite des totaux.
stats-not-additive = Ces cellules ne s'additionnent pas pour donner leurs totaux : chaque total est calculé directement.
stats-uncertainty-complete = Dénombrement complet de registres administratifs : aucune erreur d'échantillonnage. Les erreurs d'enregistrement et les saisies tardives ne sont pas quantifiées.
stats-uncertainty-replicates = Erreurs types calculées par poids répliqués ; ± est la marge d'erreur à 90 % ; un CV supérieur à 30 % est signalé comme peu fiable.
stats-uncertainty-none = Aucune erreur type ne peut être calculée pour cette source.
stats-download = Télécharger
stats-withheld = masqué
stats-withheld-primary = masqué : moins de { $min } personnes
stats-withheld-secondary = masqué pour protéger une autre cellule
stats-not-defined = non défini (aucun cas)
stats-unreliable = peu fiable (CV supérieur à 30 %)
stats-total = Total
stats-unknown = Inconnu
stats-value = Valeur
stats-status = Statut
stats-chart = Graphique
stats-show = Afficher
stats-cross = Croiser par
stats-date = Date
stats-from = Du
stats-to = Au
stats-period = Période
stats-period-hint = Une année (2025), un trimestre (2025-Q1) ou un mois (2025-03)
stats-date-hint = Le dernier jour d’un mois
stats-busy = Le service statistique est occupé à calculer d’autres tableaux. Les tableaux déjà calculés s’affichent tout de suite ; réessayez dans quelques secondes.
stats-too-many = Vous avez demandé beaucoup de nouveaux tableaux en peu de temps. Patientez un instant, puis réessayez.
stats-calendar-periods = Publié uniquement par mois, trimestre et année civils, chacun tiré d’un même tableau protégé de l’année entière : aucune soustraction entre tableaux publiés ne peut révéler un petit groupe.
stats-bad-request = Impossible de produire ce tableau : { $reason }
stats-more = Détails, autres croisements et téléchargements
stats-unit-PS = personnes
stats-unit-POS = postes
stats-unit-PT = proportion (pour cent)
stats-unit-DAYS = jours
stats-unit-NUM = paiements
stats-unit-MINOR_UNITS = unités divisionnaires de la monnaie (centimes)

stats-dim-corridor = Corridor migratoire
stats-dim-origin = Pays d'origine
stats-dim-destination = Pays de destination
stats-dim-programme = Programme
stats-dim-isco1 = Profession (grand groupe de la CITP-08)
stats-dim-isco2 = Profession (sous-grand groupe de la CITP-08)
stats-dim-sex = Sexe
stats-dim-age = Tranche d'âge
stats-dim-month = Mois
stats-dim-quarter = Trimestre
stats-dim-year = Année
stats-dim-end_reason = Motif de la fin anticipée
stats-dim-currency = Monnaie
stats-dim-fee_category = Catégorie de commission (OIT 2019)
stats-dim-payer = Qui a payé
stats-dim-un_duration = Durée du séjour (ONU 1998)
stats-dim-country_of_birth = Pays de naissance
stats-dim-geography = Zone

stats-code-F = Femmes
stats-code-M = Hommes
stats-code-O = Autre
stats-code-EMPLOYER_BREACH = L'employeur n'a pas respecté le contrat
stats-code-WORKER_CHOICE = Choix du travailleur
stats-code-CHANGED_EMPLOYER = Changement d'employeur
stats-code-HEALTH = Maladie ou accident
stats-code-WORK_ENDED = Plus de travail disponible
stats-code-OTHER = Autre motif
stats-code-WORKER = Travailleur
stats-code-EMPLOYER = Employeur
stats-code-AGENCY = Agence de recrutement
stats-code-GOVERNMENT = Gouvernement
stats-code-THIRD_PARTY = Une autre personne
stats-code-RECRUITMENT_SERVICE = Commission pour le service de recrutement
stats-code-MEDICAL = Frais médicaux
stats-code-INSURANCE = Assurance
stats-code-SKILLS_TESTS = Tests de compétences
stats-code-TRAINING_ORIENTATION = Formation et orientation
stats-code-EQUIPMENT = Équipement
stats-code-TRAVEL_LODGING = Voyage et hébergement
stats-code-VISA_ADMINISTRATIVE = Visas et frais administratifs
stats-code-BRIBE = Pot-de-vin
stats-code-KICKBACK = Rétrocommission
stats-code-BOND = Caution ou dépôt de garantie
stats-code-COLLATERAL = Sûreté (bien mis en gage)
stats-code-LONG_TERM = Long terme (12 mois ou plus)
stats-code-SHORT_TERM = Court terme (de 3 à 12 mois)
stats-code-UNDER_3M = Moins de 3 mois

stats-fig-stock-abroad-title = Travailleurs à l'étranger
stats-fig-stock-abroad-definition = Travailleurs placés à l'étranger par les programmes de Corridor qui sont partis et qui, à la date de référence, ne sont pas rentrés et n'ont pas quitté leur emploi avant terme. Un séjour de 12 mois ou plus est de long terme, de 3 à 12 mois de court terme (ONU 1998), d'après le contrat prévu.
stats-fig-stock-abroad-method = Nombre de placements avec un départ à la date ou avant, sans retour ni fin anticipée à cette date ; par période, au dernier jour de chaque période.
stats-fig-departures-title = Départs
stats-fig-departures-definition = Travailleurs qui quittent leur pays d'origine pour un emploi dans un programme de Corridor (un flux).
stats-fig-departures-method = Nombre d'événements de départ datés de la période.
stats-fig-returns-title = Retours
stats-fig-returns-definition = Travailleurs qui reviennent dans leur pays d'origine après un placement (un flux).
stats-fig-returns-method = Nombre d'événements de retour datés de la période.
stats-fig-early-endings-title = Emplois terminés avant terme
stats-fig-early-endings-definition = Placements dont l'emploi a pris fin avant la fin du contrat, selon le motif enregistré.
stats-fig-early-endings-method = Nombre d'événements de fin anticipée datés de la période.
stats-fig-demand-title = Demande : postes des offres ouvertes
stats-fig-demand-definition = Postes des offres d'emploi approuvées, publiées à la date ou avant et pas encore clôturées. Corridor n'enregistre pas le jour de clôture d'une offre : une offre clôturée compte jusqu'à son premier jour de travail.
stats-fig-demand-method = Somme des postes des offres ouvertes à la date.
stats-fig-supply-title = Offre de main-d'œuvre : travailleurs admissibles disponibles
stats-fig-supply-definition = Travailleurs inscrits, disponibles à la date, qui peuvent participer à un programme (nationalité ou résidence dans son pays d'origine et profession couverte par le programme). Seuls les travailleurs qui ont accepté d'être comptés dans les statistiques sont comptés.
stats-fig-supply-method = Travailleurs distincts ; un travailleur admissible à plusieurs programmes ou professions compte une fois dans chacun et une fois dans chaque total.
stats-fig-gap-title = Écart : demande moins offre
stats-fig-gap-definition = Postes des offres ouvertes moins travailleurs admissibles disponibles ; une valeur positive signifie plus de postes que de travailleurs admissibles.
stats-fig-gap-method = Demande moins offre, cellule par cellule, à la date.
stats-fig-fill-rate-title = Taux de pourvoi des offres
stats-fig-fill-rate-definition = Travailleurs partis par poste, pour les offres publiées pendant la période.
stats-fig-fill-rate-method = Placements avec départ rapportés aux postes, pour les offres publiées pendant la période, tels qu'enregistrés au moment où le tableau est produit.
stats-fig-days-to-departure-median-title = Jours entre l'offre et le départ (médiane)
stats-fig-days-to-departure-median-definition = Jours entre la publication d'une offre d'emploi et le départ d'un travailleur pour cette offre, pour les départs de la période.
stats-fig-days-to-departure-median-method = Médiane par interpolation linéaire (type 7).
stats-fig-days-to-departure-p90-title = Jours entre l'offre et le départ (90e centile)
stats-fig-days-to-departure-p90-definition = Jours entre la publication d'une offre d'emploi et le départ d'un travailleur pour cette offre, pour les départs de la période.
stats-fig-days-to-departure-p90-method = 90e centile par interpolation linéaire (type 7) : neuf départs sur dix ont pris au plus ce délai.
stats-fig-fee-violations-title = Infractions en matière de commissions
stats-fig-fee-violations-definition = Paiements du registre des commissions contraires aux règles du recrutement équitable : un travailleur qui paie une commission de recrutement ou des frais connexes, ou tout pot-de-vin, rétrocommission, caution ou sûreté (définition de l'OIT de 2019).
stats-fig-fee-violations-method = Nombre de paiements en infraction datés de la période.
stats-fig-fee-violation-amount-paid-by-workers-title = Commissions que les travailleurs ont dû payer
stats-fig-fee-violation-amount-paid-by-workers-definition = Paiements en infraction effectués par des travailleurs (définition de l'OIT de 2019), par monnaie.
stats-fig-fee-violation-amount-paid-by-workers-method = Somme en unités divisionnaires (centimes) des paiements en infraction effectués par des travailleurs et datés de la période ; les monnaies ne sont jamais converties ni additionnées.
stats-fig-return-rate-title = Taux de retour
stats-fig-return-rate-definition = Parmi les placements dont l'emploi a pris fin pendant la période (à terme ou avant terme), la part avec un retour au pays enregistré.
stats-fig-return-rate-method = Placements terminés avec un événement de retour rapportés à l'ensemble des placements terminés.
stats-fig-rehire-rate-title = Taux de réembauche
stats-fig-rehire-rate-definition = Parmi les départs de la période, la part de travailleurs ayant déjà achevé un placement : l'expérience professionnelle prouvée mise à profit.
stats-fig-rehire-rate-method = Départs de travailleurs ayant achevé un placement antérieur rapportés à l'ensemble des départs de la période.

# Pourquoi une offre est recommandée : une ligne par élément du score
# (termes de la CITP-08 : grand groupe, sous-grand groupe, sous-groupe,
# groupe de base).
why-same-occupation = même profession : { $occupation }
why-same-unit-group = même groupe de base { $group }
why-same-minor-group = même sous-groupe { $group }
why-same-sub-major-group = même sous-grand groupe { $group }
why-same-major-group = même grand groupe { $group }
why-unrelated = aucune profession apparentée
why-required-skills = { $held } sur { $of } compétences exigées
why-optional-skills = { $held } sur { $of } compétences facultatives
why-language = { $language } { $has }, niveau exigé { $needs }
why-experience = { $years ->
    [0] { $months ->
        [one] { $months } mois
        [many] { $months } mois
       *[other] { $months } mois
    }
    [one] { $months ->
        [0] 1 an
        [one] 1 an et 1 mois
        [many] 1 an et { $months } mois
       *[other] 1 an et { $months } mois
    }
    [many] { $months ->
        [0] { $years } d'années
        [one] { $years } d'années et 1 mois
        [many] { $years } d'années et { $months } mois
       *[other] { $years } d'années et { $months } mois
    }
   *[other] { $months ->
        [0] { $years } ans
        [one] { $years } ans et 1 mois
        [many] { $years } ans et { $months } mois
       *[other] { $years } ans et { $months } mois
    }
} d'expérience dans le groupe professionnel
why-available-whole = disponible pendant toute la durée du contrat
why-available-part = disponible { $covered } jours sur les { $days } du contrat
why-returning = travailleur de retour : prioritaire
why-returning-same-employer = travailleur de retour : prioritaire, même employeur
why-named = désigné nommément par l'employeur
why-preference = préfère ce programme ou cette destination ({ $destination })
