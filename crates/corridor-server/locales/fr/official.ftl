# Pages des fonctionnaires des pays d'origine et de destination (et des
# administrateurs), en français : programmes, cycles d'appariement, infractions
# en matière de commissions, journal d'audit et inscription d'un travailleur
# dans une agence pour l'emploi. Les mots communs (form-*, rule-*, status-*,
# consent-*, job-*) viennent de corridor.ftl et pages.ftl.

## Listes
pager-label = Pages
pager-page-of = Page { $page } sur { $pages }
pager-previous = Page précédente
pager-next = Page suivante
official-filter = Filtrer
official-filter-apply = Afficher
official-filter-clear = Effacer le filtre

## Mots communs aux pages des fonctionnaires
official-sex-female = Femmes
official-sex-male = Hommes
official-sex-other = Autre sexe
official-sex-not_stated = Sexe non indiqué
official-person-not-stated = Non indiqué
official-country-of-residence = Pays de résidence
official-worker-id = Travailleur { $id }
official-job-starts = début le { $date }
official-job-status-pending_approval = En attente d'approbation
official-job-status-open = Ouverte
official-job-status-closed = Clôturée
official-isco-invalid = Indiquez un code de groupe de la CITP-08, par exemple 611 ou 9211
official-currency-choose = Choisissez la monnaie du programme
official-hours-invalid = Indiquez les heures par semaine avec un nombre de 0 à 168
official-months-invalid = Indiquez un nombre entier de mois
official-percent-invalid = Indiquez un pourcentage de 0 à 100
official-positions-invalid = Indiquez le nombre de postes avec un nombre entier
official-per-hour = par heure
official-per-week = par semaine
official-per-month = par mois
official-per-year = par an

programme-kind-seasonal = Travail saisonnier
programme-kind-temporary = Travail temporaire
programme-kind-long_term = Travail de longue durée (12 mois ou plus)
programme-kind-diaspora_temporary_return = Retour temporaire de professionnels de la diaspora

## Programmes
official-programmes-title = Programmes
official-programmes-intro = Les programmes auxquels participe votre pays. Les fonctionnaires de l'un ou l'autre des pays d'un programme en modifient les conditions ; chaque offre d'emploi du programme est vérifiée par rapport à elles.
official-programmes-count = { $count ->
    [one] { $count } programme
    [many] { $count } de programmes
   *[other] { $count } programmes
}
official-programmes-none = Il n'y a encore aucun programme pour votre pays.
official-programmes-back = Retour aux programmes
official-programme-new = Créer un programme
official-programme-edit = Modifier les conditions
official-programme-rounds = Cycles d'appariement de ce programme
official-programme-saved = Le programme est enregistré.
official-programme-terms = Conditions
official-programme-valid = Les offres d'emploi peuvent commencer
official-programme-valid-from = à partir du { $from }
official-programme-valid-between = du { $from } au { $until }
official-programme-max-stay = Séjour maximal, en mois
official-programme-longest-stay = Séjour maximal
official-programme-occupations = Professions couvertes
official-programme-women-share = Part minimale de femmes parmi les travailleurs retenus
official-programme-women-share-none = Aucune
official-programme-conditions = Conditions minimales de chaque offre d'emploi
official-programme-min-wage = Salaire minimum
official-housing-required = L'employeur doit fournir un logement.
official-housing-not-required = L'employeur n'est pas tenu de fournir un logement.
official-housing-cap = Un travailleur paie au plus { $cap } par mois pour ce logement.
official-housing-free = Quand il est fourni, il est gratuit.
official-social-security-portable = Les cotisations peuvent être transférées dans le pays d'origine.
official-social-security-not-portable = Les cotisations ne peuvent pas être transférées dans le pays d'origine.
official-programme-quotas = Quotas
official-programme-no-quotas = Aucun quota : les postes ne sont limités que par les offres d'emploi.
official-programme-no-job-orders = Aucune offre d'emploi n'a encore été publiée dans ce programme.
official-quota-period = Période
official-quota-isco = Groupe de professions (CITP-08)
official-quota-isco-hint = Laissez vide pour tous les groupes couverts par le programme.
official-quota-sex = Sexe
official-quota-positions = Postes
official-quota-any-group = Tous les groupes
official-quota-anyone = Tout le monde
official-quota-n = Quota { $n }
official-quota-from = Premier jour
official-quota-to = Dernier jour

official-programme-form-intro = Toutes les conditions convenues par les deux pays. Chaque offre d'emploi du programme est vérifiée par rapport à ces conditions minimales avant d'être ouverte.
official-programme-save = Enregistrer le programme
official-programme-about = Le programme
official-programme-name = Nom
official-programme-origin = Pays d'origine des travailleurs
official-programme-destination = Pays de destination
official-programme-corridor = Pays :
official-programme-countries-fixed = Les pays d'un programme ne peuvent pas être modifiés ; créez un nouveau programme pour d'autres pays.
official-programme-kind = Type de programme
official-programme-g2g = Conclu entre les deux gouvernements
official-programme-valid-from-label = Premier jour où les offres d'emploi peuvent commencer
official-programme-valid-from-hint = Par exemple 2027-01-15
official-programme-valid-until-label = Dernier jour où les offres d'emploi peuvent commencer
official-programme-valid-until-hint = Laissez vide si le programme n'a pas de date de fin.
official-programme-max-stay-hint = De 1 à 120 mois.
official-programme-occupations-hint = Chaque groupe de la CITP-08 couvert par le programme, à n'importe quel niveau : 6 pour tous les agriculteurs et ouvriers qualifiés de l'agriculture, 611 pour les agriculteurs et ouvriers qualifiés des cultures destinées aux marchés, 6111 pour les cultures de plein champ et maraîchères.
official-programme-occupation-n = Groupe de professions { $n }
official-programme-add-occupation = Ajouter un autre groupe de professions
official-programme-conditions-hint = Les employeurs peuvent offrir plus, jamais moins.
official-programme-currency = Monnaie
official-programme-currency-hint = Le salaire et le coût du logement sont exprimés dans cette monnaie.
official-programme-wage-per = Salaire versé
official-programme-guaranteed-hours = Heures de travail garanties chaque semaine, au minimum
official-programme-max-hours = Heures de travail par semaine, au maximum
official-programme-housing-required = L'employeur doit fournir un logement
official-programme-housing-cap = Montant maximal qu'un travailleur peut payer pour le logement chaque mois
official-programme-housing-cap-hint = Laissez vide si le logement doit être gratuit.
official-programme-return-paid = L'employeur paie le voyage de retour
official-programme-rehire = Les travailleurs qui achèvent un placement sont réembauchés en priorité
official-programme-social-security-portable = Les cotisations de retraite et de sécurité sociale peuvent être transférées dans le pays d'origine
official-programme-social-security = Fonctionnement de la retraite et de la sécurité sociale
official-programme-social-security-hint = En termes simples, par exemple : un accord de sécurité sociale entre les deux pays.
official-programme-pathway = Le programme peut mener à la résidence permanente
official-programme-quotas-hint = Places disponibles sur une période, pour toutes les professions du programme ou un seul groupe, pour tout le monde ou un seul sexe. Une place est prise quand un travailleur est retenu pendant la période.
official-programme-add-quota = Ajouter un quota
official-programme-women-share-hint = Un pourcentage, par exemple 40. Les cycles d'appariement optimaux le respectent ; laissez vide s'il n'y a pas de minimum.

## Cycles d'appariement
official-rounds-title = Cycles d'appariement
official-rounds-intro = Un cycle d'appariement associe les travailleurs disponibles qui ont consenti à l'appariement aux offres d'emploi ouvertes d'un programme. Vous examinez chaque paire et ses raisons, puis vous confirmez le cycle ou vous l'écartez.
official-rounds-count = { $count ->
    [one] { $count } cycle
    [many] { $count } de cycles
   *[other] { $count } cycles
}
official-rounds-none = Aucun cycle d'appariement n'a encore été lancé pour vos programmes.
official-rounds-every-programme = Tous les programmes
official-rounds-back = Retour aux cycles d'appariement
official-round-new = Lancer un cycle d'appariement
official-round-new-intro = Le cycle n'est qu'une proposition : personne n'est présenté tant que vous ne l'avez pas examiné et confirmé.
official-round-new-note = Seuls les travailleurs qui ont consenti à l'appariement font partie d'un cycle. Le lancement peut prendre quelques secondes.
official-round-programme = Programme
official-round-mechanism = Comment associer travailleurs et emplois
official-round-mechanism-optimal = Optimal : le score total le plus élevé
official-round-mechanism-optimal-explained = Pourvoit les postes avec les paires qui conviennent le mieux dans l'ensemble, dans la limite des quotas du programme et de sa part minimale de femmes.
official-round-mechanism-stable = Stable : les choix des travailleurs d'abord
official-round-mechanism-stable-explained = Acceptation différée : aucun travailleur et aucun employeur ne préféreraient tous deux être associés l'un à l'autre. Ce mécanisme ne respecte ni les quotas ni la part de femmes ; la confirmation ne retient jamais personne au-delà d'un quota.
official-round-run = Lancer le cycle
official-round-choose-programme = Choisissez le programme
official-round-choose-mechanism = Choisissez comment associer travailleurs et emplois
official-round-title = Cycle d'appariement { $id }
official-round-status-proposed = En attente de votre décision
official-round-status-confirmed = Confirmé
official-round-status-discarded = Écarté
official-round-run-on = lancé le { $date }
official-round-decided-on = décidé le { $date }
official-round-filled = { $filled } sur { $positions } postes pourvus
official-round-total-score = score total { $score }
official-round-summary = Résumé
official-round-notes = À lire avant de décider
official-round-by-sex = Par sexe
official-round-by-origin = Par pays d'origine
official-round-origin = Pays
official-round-placed = Placés
official-round-in-round = Dans le cycle
official-round-pairs = { $count ->
    [one] { $count } paire proposée
    [many] { $count } de paires proposées
   *[other] { $count } paires proposées
}
official-round-pairs-intro = Chaque travailleur avec l'emploi proposé, son score et toutes les raisons de ce score. Les noms des professions et des langues sont affichés en anglais.
official-round-score = Score { $score }
official-round-no-pairs = Le cycle n'associe personne.
official-round-unfilled = Postes restés vacants
official-round-no-unfilled = Tous les postes sont pourvus.
official-round-unmatched = Travailleurs restés sans emploi
official-round-no-unmatched = Tous les travailleurs du cycle sont placés.
official-round-decide = Votre décision
official-round-decide-intro = Confirmer présente tous les travailleurs proposés ; écarter met le cycle de côté et ne présente personne. Les deux sont définitifs.
official-round-confirm = Confirmer le cycle
official-round-discard = Écarter le cycle
official-round-confirm-title = Confirmer le cycle d'appariement { $id }
official-round-confirm-intro = { $count ->
    [one] La confirmation présente { $count } travailleur pour un emploi dans le cadre de { $programme }.
    [many] La confirmation présente { $count } de travailleurs pour des emplois dans le cadre de { $programme }.
   *[other] La confirmation présente { $count } travailleurs pour des emplois dans le cadre de { $programme }.
}
official-round-consequence-application = Chaque travailleur reçoit une candidature pour l'emploi proposé, à l'étape que vous choisissez ci-dessous ; le travailleur et l'employeur la voient.
official-round-consequence-consent = Un travailleur qui n'a pas consenti au partage de son profil avec les employeurs n'est pas présenté.
official-round-consequence-limits = Personne n'est retenu au-delà des postes d'une offre d'emploi ou d'un quota du programme ; une telle paire est laissée de côté et reste en l'état.
official-round-consequence-once = Un cycle ne se confirme qu'une fois : c'est irréversible.
official-round-step = L'étape à laquelle les travailleurs sont présentés
official-round-step-shortlisted-explained = L'employeur choisit parmi eux.
official-round-step-selected-explained = Les travailleurs occupent leurs postes dès maintenant (et comptent dans les quotas du programme).
official-round-confirm-box = J'ai examiné les paires et je confirme le cycle
official-round-choose-step = Choisissez l'étape à laquelle les travailleurs sont présentés
official-round-confirm-required = Cochez la case pour confirmer que vous avez examiné les paires.
official-round-confirmed-outcome = { $placed ->
    [one] Le cycle est confirmé : { $placed } travailleur présenté à l'étape « { $step } »
    [many] Le cycle est confirmé : { $placed } de travailleurs présentés à l'étape « { $step } »
   *[other] Le cycle est confirmé : { $placed } travailleurs présentés à l'étape « { $step } »
}{ $skipped ->
    [0] .
    [one] , { $skipped } paire laissée de côté.
    [many] , { $skipped } de paires laissées de côté.
   *[other] , { $skipped } paires laissées de côté.
}
official-round-scope-all = tous les placements
official-round-unfilled-no_eligible_worker = aucun travailleur admissible dans le cycle
official-round-unfilled-quota_reached = le quota du groupe { $group } de la CITP-08 est atteint
official-round-unfilled-candidates_placed_elsewhere = tous les travailleurs admissibles ont été placés sur un autre emploi
official-round-unfilled-origin_quota_reached = le quota du pays des travailleurs admissibles est atteint
official-round-unfilled-women_share = le pourvoir ferait passer la part de femmes sous le minimum
official-round-unfilled-other_quota = un autre quota est atteint
official-round-unmatched-no_eligible_job_order = aucun emploi du cycle auquel la personne est admissible
official-round-unmatched-choices_filled_by_higher_ranked = les emplois choisis sont allés à des candidats mieux classés
official-round-unmatched-positions_went_to_higher_total_score = les postes sont allés à des paires au score total plus élevé
official-round-unmatched-origin_quota_reached = le quota des travailleurs dont le pays d'origine est { $origin } est atteint
official-round-unmatched-women_share = placer cette personne ferait passer la part de femmes sous le minimum
official-round-unmatched-other_quota = un autre quota est atteint
official-round-note-quota-exceeded = Quota dépassé : { $used } placés pour { $scope }, { $allowed } autorisés. Le mécanisme stable ne respecte pas les quotas ; la confirmation ne retient personne au-delà.
official-round-note-women-met = La part minimale de femmes, { $required }, est atteinte : { $achieved }.
official-round-note-women-met-by-leaving-positions-open = La part minimale de femmes, { $required }, est atteinte ({ $achieved }) en laissant vacants { $positions } postes que des hommes pourraient occuper (score sacrifié : { $score }).
official-round-note-women-unreachable = La part minimale de femmes, { $required }, ne peut pas être atteinte : aucune femme admissible ne peut être placée, donc personne n'est placé.
official-round-note-women-not-met = La part minimale de femmes, { $required }, n'est PAS atteinte : { $achieved }. Le mécanisme stable ne la respecte pas ; utilisez le mécanisme optimal.
official-round-note-not-proven = Rien ne prouve que ce soit le meilleur résultat : score total { $total }, meilleur score possible au plus { $bound } (la limite de recherche a été atteinte).

## Infractions en matière de commissions
official-fees-title = Infractions en matière de commissions
official-fees-intro = Paiements contraires au principe de l'employeur-payeur dans les programmes de votre pays : un travailleur obligé de payer une commission de recrutement ou des frais connexes, ou un pot-de-vin, une rétrocommission, une caution ou une sûreté. Chacun reste enregistré.
official-fees-count = { $count ->
    [one] { $count } infraction
    [many] { $count } d'infractions
   *[other] { $count } infractions
}
official-fees-none = Aucune infraction en matière de commissions n'a été enregistrée dans les programmes de votre pays.
official-fees-paid-on = Payé le
official-fees-who = Qui a payé qui
official-fees-breach = Infraction
official-fees-kind-worker_paid_recruitment_cost = Le travailleur a payé une commission de recrutement ou des frais connexes
official-fees-kind-illegitimate_cost = Un pot-de-vin, une rétrocommission, une caution ou une sûreté

## Journal d'audit
official-audit-title = Journal d'audit
official-audit-intro-country = Chaque écriture, chaque lecture de données personnelles et chaque refus qui concerne ce pays ({ $country }) : ses programmes, ses ressortissants et ses résidents, ses organisations et les actes de ses propres fonctionnaires. Votre consultation du journal est elle aussi enregistrée.
official-audit-intro-all = Chaque écriture, chaque lecture de données personnelles et chaque refus. Votre consultation du journal est elle aussi enregistrée.
official-audit-entity = Type d'enregistrement
official-audit-entity-hint = Par exemple worker, placement, programme, match_round_pairs
official-audit-entity-id = Numéro de l'enregistrement
official-audit-action = Action
official-audit-action-hint = Par exemple read, create, update, transition
official-audit-actor = Numéro d'utilisateur
official-audit-actor-hint = L'utilisateur dont afficher les actes
official-audit-actor-invalid = Indiquez un numéro d'utilisateur, par exemple 12
official-audit-count = { $count ->
    [one] { $count } entrée
    [many] { $count } d'entrées
   *[other] { $count } entrées
}
official-audit-none = Aucune entrée ne correspond.
official-audit-when = Quand
official-audit-who = Qui
official-audit-record = Enregistrement
official-audit-outcome = Résultat
official-audit-detail = Détail
official-audit-user = utilisateur { $id }
official-audit-system = le système
official-audit-personal = données personnelles
official-audit-allowed = autorisé
official-audit-denied = refusé

## Inscrire un travailleur
official-register-title = Inscrire un travailleur
official-register-intro = Pour un travailleur de votre pays venu en personne, par exemple dans une agence pour l'emploi. Le travailleur pourra ensuite se connecter pour compléter son profil ; ce profil lui appartient et il peut modifier chaque consentement.
official-register-consents = Les consentements du travailleur
official-register-consents-intro = Lisez chaque finalité au travailleur et ne cochez que ce qu'il accepte, en sa présence. Il peut modifier chaque choix à tout moment.
official-register-submit = Inscrire le travailleur
official-register-done = Le travailleur est inscrit.
official-worker-occupations = Professions
official-worker-consents = Consentements
official-worker-consents-note = Le dernier choix du travailleur pour chaque finalité. Seul le travailleur peut les modifier.
official-worker-placements = Candidatures et placements
official-worker-no-placements = Aucune candidature que vous pouvez voir.
