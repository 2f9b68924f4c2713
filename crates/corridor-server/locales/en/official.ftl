# Pages for origin and destination officials (and administrators), English:
# programmes, match rounds, fee violations, the audit log, and registering a
# worker at a job centre. Shared words (form-*, rule-*, status-*, consent-*,
# job-*) come from corridor.ftl and pages.ftl.

## Lists
pager-label = Pages
pager-page-of = Page { $page } of { $pages }
pager-previous = Previous page
pager-next = Next page
official-filter = Filter
official-filter-apply = Show
official-filter-clear = Clear the filter

## Words shared by the officials' pages
official-sex-female = Women
official-sex-male = Men
official-sex-other = Another sex
official-sex-not_stated = Sex not stated
official-person-not-stated = Not stated
official-country-of-residence = Country of residence
official-worker-id = Worker { $id }
official-job-starts = starts { $date }
official-job-status-pending_approval = Waiting for approval
official-job-status-open = Open
official-job-status-closed = Closed
official-isco-invalid = Enter an ISCO-08 group code, for example 611 or 9211
official-currency-choose = Choose the programme's currency
official-hours-invalid = Enter hours a week as a number from 0 to 168
official-months-invalid = Enter a whole number of months
official-percent-invalid = Enter a percentage from 0 to 100
official-positions-invalid = Enter the number of positions as a whole number
official-per-hour = an hour
official-per-week = a week
official-per-month = a month
official-per-year = a year

programme-kind-seasonal = Seasonal work
programme-kind-temporary = Temporary work
programme-kind-long_term = Long-term work (12 months or more)
programme-kind-diaspora_temporary_return = Temporary return of diaspora professionals

## Programmes
official-programmes-title = Programmes
official-programmes-intro = The programmes your country takes part in. Officials of either country of a programme change its terms; every job order under it is checked against them.
official-programmes-count = { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}
official-programmes-none = There is no programme for your country yet.
official-programmes-back = Back to the programmes
official-programme-new = Create a programme
official-programme-edit = Change the terms
official-programme-rounds = Match rounds of this programme
official-programme-saved = The programme is saved.
official-programme-terms = Terms
official-programme-valid = Job orders may start
official-programme-valid-from = from { $from }
official-programme-valid-between = from { $from } to { $until }
official-programme-max-stay = Longest stay, in months
official-programme-longest-stay = Longest stay
official-programme-occupations = Occupations covered
official-programme-women-share = Minimum share of women among selected workers
official-programme-women-share-none = None set
official-programme-conditions = Minimum conditions of every job order
official-programme-min-wage = Minimum wage
official-housing-required = The employer must provide housing.
official-housing-not-required = The employer need not provide housing.
official-housing-cap = A worker pays at most { $cap } a month for it.
official-housing-free = When provided, it is free of charge.
official-social-security-portable = Contributions can be carried home.
official-social-security-not-portable = Contributions cannot be carried home.
official-programme-quotas = Quotas
official-programme-no-quotas = No quota: positions are limited only by the job orders.
official-programme-no-job-orders = No job order has been posted under this programme yet.
official-quota-period = Period
official-quota-isco = Occupation group (ISCO-08)
official-quota-isco-hint = Leave empty for every group the programme covers.
official-quota-sex = Sex
official-quota-positions = Positions
official-quota-any-group = Every group
official-quota-anyone = Anyone
official-quota-n = Quota { $n }
official-quota-from = First day
official-quota-to = Last day

official-programme-form-intro = Every term the two countries agreed. Each job order under the programme is checked against these minimum conditions before it opens.
official-programme-save = Save the programme
official-programme-about = The programme
official-programme-name = Name
official-programme-origin = Country of origin of the workers
official-programme-destination = Country of destination
official-programme-corridor = Countries:
official-programme-countries-fixed = A programme's countries cannot change; create a new programme for other countries.
official-programme-kind = Kind of scheme
official-programme-g2g = Concluded between the two governments
official-programme-valid-from-label = First day job orders may start
official-programme-valid-from-hint = For example 2027-01-15
official-programme-valid-until-label = Last day job orders may start
official-programme-valid-until-hint = Leave empty if the programme has no end date.
official-programme-max-stay-hint = From 1 to 120 months.
official-programme-occupations-hint = Each ISCO-08 group the programme covers, at any level: 6 for every skilled agricultural worker, 611 for market gardeners and crop growers, 6111 for field crop and vegetable growers.
official-programme-occupation-n = Occupation group { $n }
official-programme-add-occupation = Add another occupation group
official-programme-conditions-hint = Employers may offer more, never less.
official-programme-currency = Currency
official-programme-currency-hint = The wage and the housing charge are in this currency.
official-programme-wage-per = Paid per
official-programme-guaranteed-hours = Hours of work guaranteed each week, at least
official-programme-max-hours = Hours of work a week, at most
official-programme-housing-required = The employer must provide housing
official-programme-housing-cap = The most a worker may be charged for housing a month
official-programme-housing-cap-hint = Leave empty if housing must be free of charge.
official-programme-return-paid = The employer pays the journey home
official-programme-rehire = Workers who complete a placement are re-hired first
official-programme-social-security-portable = Pension and social security contributions can be carried home
official-programme-social-security = How pension and social security work
official-programme-social-security-hint = In plain words, for example: a social security agreement between the two countries.
official-programme-pathway = The programme can lead to permanent residence
official-programme-quotas-hint = Places available in a period, for all the programme's occupations or one group, for everyone or one sex. A place is taken when a worker is selected in the period.
official-programme-add-quota = Add a quota
official-programme-women-share-hint = A percentage, for example 40. Optimal match rounds keep to it; leave empty for none.

## Match rounds
official-rounds-title = Match rounds
official-rounds-intro = A match round pairs the available workers who consented to matching with the open job orders of a programme. You review each pair and its reasons, then confirm the round or discard it.
official-rounds-count = { $count ->
    [one] { $count } round
   *[other] { $count } rounds
}
official-rounds-none = No match round has been run for your programmes yet.
official-rounds-every-programme = Every programme
official-rounds-back = Back to the match rounds
official-round-new = Run a match round
official-round-new-intro = The round is only a proposal: nobody is put forward until you review and confirm it.
official-round-new-note = Only workers who consented to matching are in a round. Running it can take a few seconds.
official-round-programme = Programme
official-round-mechanism = How to pair workers and jobs
official-round-mechanism-optimal = Optimal: the highest total score
official-round-mechanism-optimal-explained = Fills positions with the pairs that fit best overall, within the programme's quotas and its minimum share of women.
official-round-mechanism-stable = Stable: workers' choices first
official-round-mechanism-stable-explained = Deferred acceptance: no worker and employer would both rather be paired with each other. It does not keep to quotas or the share of women; confirming never selects anyone beyond a quota.
official-round-run = Run the round
official-round-choose-programme = Choose the programme
official-round-choose-mechanism = Choose how to pair workers and jobs
official-round-title = Match round { $id }
official-round-status-proposed = Waiting for your decision
official-round-status-confirmed = Confirmed
official-round-status-discarded = Discarded
official-round-run-on = run on { $date }
official-round-decided-on = decided on { $date }
official-round-filled = { $filled } of { $positions } positions filled
official-round-total-score = total score { $score }
official-round-summary = Summary
official-round-notes = Read before deciding
official-round-by-sex = By sex
official-round-by-origin = By country of origin
official-round-origin = Country
official-round-placed = Placed
official-round-in-round = In the round
official-round-pairs = { $count ->
    [one] { $count } proposed pair
   *[other] { $count } proposed pairs
}
official-round-pairs-intro = Each worker with the job proposed, its score and every reason for it. Occupation and language names are shown in English.
official-round-score = Score { $score }
official-round-no-pairs = The round pairs nobody.
official-round-unfilled = Positions left open
official-round-no-unfilled = Every position is filled.
official-round-unmatched = Workers left without a job
official-round-no-unmatched = Every worker in the round is placed.
official-round-decide = Your decision
official-round-decide-intro = Confirming puts every proposed worker forward; discarding sets the round aside and puts nobody forward. Either is final.
official-round-confirm = Confirm the round
official-round-discard = Discard the round
official-round-confirm-title = Confirm match round { $id }
official-round-confirm-intro = { $count ->
    [one] Confirming puts { $count } worker forward for a job under { $programme }.
   *[other] Confirming puts { $count } workers forward for jobs under { $programme }.
}
official-round-consequence-application = Each worker gets an application for the job proposed, at the step you choose below; the worker and the employer see it.
official-round-consequence-consent = A worker who has not consented to sharing their profile with employers is not put forward.
official-round-consequence-limits = Nobody is selected beyond a job order's positions or a quota of the programme; such a pair is left out and stays as it was.
official-round-consequence-once = A round is confirmed once: this cannot be undone.
official-round-step = The step workers are put forward to
official-round-step-shortlisted-explained = The employer chooses among them.
official-round-step-selected-explained = The workers take their positions now (and count against the programme's quotas).
official-round-confirm-box = I have reviewed the pairs and confirm the round
official-round-choose-step = Choose the step workers are put forward to
official-round-confirm-required = Tick the box to confirm that you reviewed the pairs.
official-round-confirmed-outcome = { $placed ->
    [one] The round is confirmed: { $placed } worker put forward as “{ $step }”
   *[other] The round is confirmed: { $placed } workers put forward as “{ $step }”
}{ $skipped ->
    [0] .
    [one] ; { $skipped } pair left out.
   *[other] ; { $skipped } pairs left out.
}
official-round-scope-all = all placements
official-round-unfilled-no_eligible_worker = no eligible worker in the round
official-round-unfilled-quota_reached = the quota for ISCO-08 group { $group } is reached
official-round-unfilled-candidates_placed_elsewhere = every eligible worker was placed in another job
official-round-unfilled-origin_quota_reached = the quota for the eligible workers' country is reached
official-round-unfilled-women_share = filling it would break the minimum share of women
official-round-unfilled-other_quota = another quota is reached
official-round-unmatched-no_eligible_job_order = no job of the round they are eligible for
official-round-unmatched-choices_filled_by_higher_ranked = the jobs they chose went to candidates ranked higher
official-round-unmatched-positions_went_to_higher_total_score = the positions went to pairs with a higher total score
official-round-unmatched-origin_quota_reached = the quota for workers from { $origin } is reached
official-round-unmatched-women_share = placing them would break the minimum share of women
official-round-unmatched-other_quota = another quota is reached
official-round-note-quota-exceeded = Quota exceeded: { $used } placed for { $scope }, { $allowed } allowed. The stable mechanism does not keep to quotas; confirming selects nobody beyond them.
official-round-note-women-met = The minimum share of women, { $required }, is met: { $achieved }.
official-round-note-women-met-by-leaving-positions-open = The minimum share of women, { $required }, is met ({ $achieved }) by leaving { $positions } positions open that men could fill (score given up: { $score }).
official-round-note-women-unreachable = The minimum share of women, { $required }, cannot be met: no eligible woman can be placed, so nobody is placed.
official-round-note-women-not-met = The minimum share of women, { $required }, is NOT met: { $achieved }. The stable mechanism does not keep to it; use the optimal one.
official-round-note-not-proven = Not proven the best: total score { $total }, best possible at most { $bound } (the search limit was reached).

## Fee violations
official-fees-title = Fee violations
official-fees-intro = Payments that broke the Employer Pays Principle in your country's programmes: a worker made to pay a recruitment fee or cost, or a bribe, kickback, bond or collateral. Each stays on record.
official-fees-count = { $count ->
    [one] { $count } violation
   *[other] { $count } violations
}
official-fees-none = No fee violation has been recorded in your country's programmes.
official-fees-paid-on = Paid on
official-fees-who = Who paid whom
official-fees-breach = Breach
official-fees-kind-worker_paid_recruitment_cost = The worker paid a recruitment fee or cost
official-fees-kind-illegitimate_cost = A bribe, kickback, bond or collateral

## Audit log
official-audit-title = Audit log
official-audit-intro-country = Every write, every read of personal data and every refusal that concerns { $country }: its programmes, its nationals and residents, its organisations, and its own officials' acts. Your reading of the log is recorded too.
official-audit-intro-all = Every write, every read of personal data and every refusal. Your reading of the log is recorded too.
official-audit-entity = Kind of record
official-audit-entity-hint = For example worker, placement, programme, match_round_pairs
official-audit-entity-id = Record number
official-audit-action = Action
official-audit-action-hint = For example read, create, update, transition
official-audit-actor = User number
official-audit-actor-hint = Whose acts to show
official-audit-actor-invalid = Enter a user number, for example 12
official-audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
official-audit-none = No entry matches.
official-audit-when = When
official-audit-who = Who
official-audit-record = Record
official-audit-outcome = Outcome
official-audit-detail = Detail
official-audit-user = user { $id }
official-audit-system = the system
official-audit-personal = personal data
official-audit-allowed = allowed
official-audit-denied = refused

## Registering a worker
official-register-title = Register a worker
official-register-intro = For a worker of your country who came in person, for example to a job centre. The worker can later sign in to complete their profile; they own it and can change every consent.
official-register-consents = The worker's consents
official-register-consents-intro = Read each purpose to the worker and tick only what they agree to, in person. They can change each choice at any time.
official-register-submit = Register the worker
official-register-done = The worker is registered.
official-worker-occupations = Occupations
official-worker-consents = Consents
official-worker-consents-note = The worker's latest choice on each purpose. Only the worker changes them.
official-worker-placements = Applications and placements
official-worker-no-placements = No application you can see.
