# Mga pahina para sa mga opisyal ng bansang pinagmulan at pupuntahan (at mga
# administrator), Filipino: mga programa, match round, paglabag sa bayarin, ang
# audit log, at pagpaparehistro ng manggagawa sa isang job centre. Galing sa
# corridor.ftl at pages.ftl ang mga salitang pinagsasaluhan (form-*, rule-*,
# status-*, consent-*, job-*).
# Gawa ng makina ang salin; kailangang suriin ng taong Filipino ang
# katutubong wika (tingnan ang TRANSLATIONS.md).

## Mga listahan
pager-label = Mga pahina
pager-page-of = Pahina { $page } sa { $pages }
pager-previous = Nakaraang pahina
pager-next = Susunod na pahina
official-filter = Filter
official-filter-apply = Ipakita
official-filter-clear = Alisin ang filter

## Mga salitang ginagamit sa mga pahina ng opisyal
official-sex-female = Babae
official-sex-male = Lalaki
official-sex-other = Ibang kasarian
official-sex-not_stated = Hindi sinabi ang kasarian
official-person-not-stated = Hindi sinabi
official-country-of-residence = Bansang tinitirhan
official-worker-id = Manggagawa { $id }
official-job-starts = magsisimula sa { $date }
official-job-status-pending_approval = Naghihintay ng pag-apruba
official-job-status-open = Bukas
official-job-status-closed = Sarado
official-isco-invalid = Maglagay ng code ng grupo sa ISCO-08, halimbawa 611 o 9211
official-currency-choose = Piliin ang pera ng programa
official-hours-invalid = Ilagay ang oras bawat linggo bilang numero mula 0 hanggang 168
official-months-invalid = Maglagay ng buong bilang ng buwan
official-percent-invalid = Maglagay ng porsiyento mula 0 hanggang 100
official-positions-invalid = Ilagay ang bilang ng puwesto bilang buong numero
official-per-hour = bawat oras
official-per-week = bawat linggo
official-per-month = bawat buwan
official-per-year = bawat taon

programme-kind-seasonal = Pana-panahong trabaho
programme-kind-temporary = Pansamantalang trabaho
programme-kind-long_term = Pangmatagalang trabaho (12 buwan o higit pa)
programme-kind-diaspora_temporary_return = Pansamantalang pag-uwi ng mga propesyonal ng diaspora

## Mga programa
official-programmes-title = Mga programa
official-programmes-intro = Ang mga programang kasali ang iyong bansa. Ang mga opisyal ng alinman sa dalawang bansa ng isang programa ang nagbabago ng mga kondisyon nito; sinusuri ang bawat job order sa ilalim nito ayon sa mga kondisyong ito.
official-programmes-count = { $count ->
    [one] { $count } programa
   *[other] { $count } programa
}
official-programmes-none = Wala pang programa para sa iyong bansa.
official-programmes-back = Bumalik sa mga programa
official-programme-new = Gumawa ng programa
official-programme-edit = Baguhin ang mga kondisyon
official-programme-rounds = Mga match round ng programang ito
official-programme-saved = Na-save na ang programa.
official-programme-terms = Mga kondisyon
official-programme-valid = Maaaring magsimula ang mga job order
official-programme-valid-from = mula { $from }
official-programme-valid-between = mula { $from } hanggang { $until }
official-programme-max-stay = Pinakamahabang pananatili, sa buwan
official-programme-longest-stay = Pinakamahabang pananatili
official-programme-occupations = Mga saklaw na hanapbuhay
official-programme-women-share = Pinakamababang bahagi ng kababaihan sa mga napiling manggagawa
official-programme-women-share-none = Walang itinakda
official-programme-conditions = Pinakamababang kondisyon ng bawat job order
official-programme-min-wage = Pinakamababang sahod
official-housing-required = Dapat magbigay ng tirahan ang employer.
official-housing-not-required = Hindi kailangang magbigay ng tirahan ang employer.
official-housing-cap = Hindi hihigit sa { $cap } bawat buwan ang babayaran ng manggagawa para rito.
official-housing-free = Kapag ibinigay, libre ito.
official-social-security-portable = Maiuuwi sa sariling bansa ang mga kontribusyon.
official-social-security-not-portable = Hindi maiuuwi sa sariling bansa ang mga kontribusyon.
official-programme-quotas = Mga quota
official-programme-no-quotas = Walang quota: ang mga job order lamang ang naglilimita sa mga puwesto.
official-programme-no-job-orders = Wala pang job order na nai-post sa ilalim ng programang ito.
official-quota-period = Panahon
official-quota-isco = Grupo ng hanapbuhay (ISCO-08)
official-quota-isco-hint = Iwanang blangko para sa bawat grupong saklaw ng programa.
official-quota-sex = Kasarian
official-quota-positions = Mga puwesto
official-quota-any-group = Bawat grupo
official-quota-anyone = Kahit sino
official-quota-n = Quota { $n }
official-quota-from = Unang araw
official-quota-to = Huling araw

official-programme-form-intro = Bawat kondisyong pinagkasunduan ng dalawang bansa. Sinusuri ang bawat job order sa ilalim ng programa ayon sa mga pinakamababang kondisyong ito bago ito mabuksan.
official-programme-save = I-save ang programa
official-programme-about = Ang programa
official-programme-name = Pangalan
official-programme-origin = Bansang pinagmulan ng mga manggagawa
official-programme-destination = Bansang pupuntahan
official-programme-corridor = Mga bansa:
official-programme-countries-fixed = Hindi mababago ang mga bansa ng isang programa; gumawa ng bagong programa para sa ibang mga bansa.
official-programme-kind = Uri ng programa
official-programme-g2g = Pinagkasunduan ng dalawang gobyerno
official-programme-valid-from-label = Unang araw na maaaring magsimula ang mga job order
official-programme-valid-from-hint = Halimbawa 2027-01-15
official-programme-valid-until-label = Huling araw na maaaring magsimula ang mga job order
official-programme-valid-until-hint = Iwanang blangko kung walang petsa ng pagtatapos ang programa.
official-programme-max-stay-hint = Mula 1 hanggang 120 buwan.
official-programme-occupations-hint = Bawat grupo sa ISCO-08 na saklaw ng programa, sa anumang antas: 6 para sa lahat ng bihasang manggagawa sa agrikultura, 611 para sa mga hardinero at magsasaka ng pananim para sa pamilihan, 6111 para sa mga nagtatanim ng pananim sa bukid at gulay.
official-programme-occupation-n = Grupo ng hanapbuhay { $n }
official-programme-add-occupation = Magdagdag ng isa pang grupo ng hanapbuhay
official-programme-conditions-hint = Maaaring mag-alok ang mga employer ng higit pa, hindi kailanman ng mas kaunti.
official-programme-currency = Pera
official-programme-currency-hint = Nasa perang ito ang sahod at ang singil sa tirahan.
official-programme-wage-per = Binabayaran
official-programme-guaranteed-hours = Garantisadong oras ng trabaho bawat linggo, hindi bababa sa
official-programme-max-hours = Oras ng trabaho sa isang linggo, hindi hihigit sa
official-programme-housing-required = Dapat magbigay ng tirahan ang employer
official-programme-housing-cap = Pinakamalaking maaaring singilin sa manggagawa para sa tirahan bawat buwan
official-programme-housing-cap-hint = Iwanang blangko kung dapat libre ang tirahan.
official-programme-return-paid = Binabayaran ng employer ang biyahe pauwi
official-programme-rehire = Unang kinukuha muli ang mga manggagawang nakatapos ng placement
official-programme-social-security-portable = Maiuuwi sa sariling bansa ang mga kontribusyon sa pensiyon at social security
official-programme-social-security = Paano gumagana ang pensiyon at social security
official-programme-social-security-hint = Sa simpleng salita, halimbawa: isang kasunduan sa social security ng dalawang bansa.
official-programme-pathway = Maaaring humantong ang programa sa permanenteng paninirahan
official-programme-quotas-hint = Mga puwestong available sa isang panahon, para sa lahat ng hanapbuhay ng programa o sa isang grupo, para sa lahat o sa isang kasarian. Nakukuha ang isang puwesto kapag may napiling manggagawa sa panahong iyon.
official-programme-add-quota = Magdagdag ng quota
official-programme-women-share-hint = Isang porsiyento, halimbawa 40. Sinusunod ito ng mga optimal na match round; iwanang blangko kung wala.

## Mga match round
official-rounds-title = Mga match round
official-rounds-intro = Ipinapares ng match round ang mga available na manggagawang pumayag sa pagtutugma sa mga bukas na job order ng isang programa. Susuriin mo ang bawat pares at ang mga dahilan nito, saka mo kukumpirmahin o itatapon ang round.
official-rounds-count = { $count ->
    [one] { $count } round
   *[other] { $count } round
}
official-rounds-none = Wala pang match round na pinatakbo para sa iyong mga programa.
official-rounds-every-programme = Bawat programa
official-rounds-back = Bumalik sa mga match round
official-round-new = Magpatakbo ng match round
official-round-new-intro = Mungkahi lamang ang round: walang ihaharap hangga't hindi mo ito sinusuri at kinukumpirma.
official-round-new-note = Ang mga manggagawa lamang na pumayag sa pagtutugma ang kasama sa isang round. Maaaring tumagal nang ilang segundo ang pagpapatakbo nito.
official-round-programme = Programa
official-round-mechanism = Paano ipapares ang mga manggagawa at trabaho
official-round-mechanism-optimal = Optimal: ang pinakamataas na kabuuang puntos
official-round-mechanism-optimal-explained = Pinupunan ang mga puwesto ng mga pares na pinakaangkop sa kabuuan, sa loob ng mga quota ng programa at ng pinakamababang bahagi nito ng kababaihan.
official-round-mechanism-stable = Stable: inuuna ang pinili ng mga manggagawa
official-round-mechanism-stable-explained = Deferred acceptance: walang manggagawa at employer na parehong mas gugustuhing sila ang magkapares. Hindi nito sinusunod ang mga quota o ang bahagi ng kababaihan; hindi kailanman pumipili ang pagkumpirma nang lampas sa isang quota.
official-round-run = Patakbuhin ang round
official-round-choose-programme = Piliin ang programa
official-round-choose-mechanism = Piliin kung paano ipapares ang mga manggagawa at trabaho
official-round-title = Match round { $id }
official-round-status-proposed = Naghihintay ng iyong pasya
official-round-status-confirmed = Nakumpirma
official-round-status-discarded = Itinapon
official-round-run-on = pinatakbo noong { $date }
official-round-decided-on = napagpasyahan noong { $date }
official-round-filled = { $filled } sa { $positions } puwesto ang napunan
official-round-total-score = kabuuang puntos { $score }
official-round-summary = Buod
official-round-notes = Basahin bago magpasya
official-round-by-sex = Ayon sa kasarian
official-round-by-origin = Ayon sa bansang pinagmulan
official-round-origin = Bansa
official-round-placed = Nailagay sa trabaho
official-round-in-round = Kasama sa round
official-round-pairs = { $count ->
    [one] { $count } iminungkahing pares
   *[other] { $count } iminungkahing pares
}
official-round-pairs-intro = Bawat manggagawa kasama ang iminungkahing trabaho, ang puntos nito at ang bawat dahilan nito. Nakasulat sa Ingles ang mga pangalan ng hanapbuhay at wika.
official-round-score = Puntos { $score }
official-round-no-pairs = Walang napares ang round.
official-round-unfilled = Mga puwestong hindi napunan
official-round-no-unfilled = Napunan ang bawat puwesto.
official-round-unmatched = Mga manggagawang walang nakuhang trabaho
official-round-no-unmatched = Nailagay sa trabaho ang bawat manggagawa sa round.
official-round-decide = Ang iyong pasya
official-round-decide-intro = Sa pagkumpirma, ihaharap ang bawat iminungkahing manggagawa; sa pagtatapon, isasantabi ang round at walang ihaharap. Pinal ang alinman sa dalawa.
official-round-confirm = Kumpirmahin ang round
official-round-discard = Itapon ang round
official-round-confirm-title = Kumpirmahin ang match round { $id }
official-round-confirm-intro = { $count ->
    [one] Sa pagkumpirma, ihaharap ang { $count } manggagawa para sa isang trabaho sa ilalim ng { $programme }.
   *[other] Sa pagkumpirma, ihaharap ang { $count } manggagawa para sa mga trabaho sa ilalim ng { $programme }.
}
official-round-consequence-application = Magkakaroon ang bawat manggagawa ng aplikasyon para sa iminungkahing trabaho, sa hakbang na pipiliin mo sa ibaba; makikita ito ng manggagawa at ng employer.
official-round-consequence-consent = Hindi ihaharap ang manggagawang hindi pumayag na ibahagi ang kanyang profile sa mga employer.
official-round-consequence-limits = Walang pipiliin nang lampas sa mga puwesto ng isang job order o sa isang quota ng programa; hindi isasama ang ganoong pares at mananatili ito gaya ng dati.
official-round-consequence-once = Isang beses lamang kinukumpirma ang isang round: hindi na ito mababawi.
official-round-step = Ang hakbang kung saan ihaharap ang mga manggagawa
official-round-step-shortlisted-explained = Pipili ang employer mula sa kanila.
official-round-step-selected-explained = Kukunin na ngayon ng mga manggagawa ang kanilang mga puwesto (at bibilangin sila sa mga quota ng programa).
official-round-confirm-box = Nasuri ko ang mga pares at kinukumpirma ko ang round
official-round-choose-step = Piliin ang hakbang kung saan ihaharap ang mga manggagawa
official-round-confirm-required = Lagyan ng tsek ang kahon para kumpirmahing nasuri mo ang mga pares.
official-round-confirmed-outcome = { $placed ->
    [one] Nakumpirma ang round: { $placed } manggagawa ang iniharap bilang “{ $step }”
   *[other] Nakumpirma ang round: { $placed } manggagawa ang iniharap bilang “{ $step }”
}{ $skipped ->
    [0] .
    [one] ; { $skipped } pares ang hindi isinama.
   *[other] ; { $skipped } pares ang hindi isinama.
}
official-round-scope-all = lahat ng placement
official-round-unfilled-no_eligible_worker = walang kwalipikadong manggagawa sa round
official-round-unfilled-quota_reached = naabot na ang quota para sa grupong { $group } ng ISCO-08
official-round-unfilled-candidates_placed_elsewhere = nailagay sa ibang trabaho ang bawat kwalipikadong manggagawa
official-round-unfilled-origin_quota_reached = naabot na ang quota para sa bansa ng mga kwalipikadong manggagawa
official-round-unfilled-women_share = malalabag ang pinakamababang bahagi ng kababaihan kung pupunan ito
official-round-unfilled-other_quota = naabot na ang isa pang quota
official-round-unmatched-no_eligible_job_order = walang trabaho sa round na pasok sa kanyang kwalipikasyon
official-round-unmatched-choices_filled_by_higher_ranked = napunta sa mga kandidatong mas mataas ang ranggo ang mga trabahong pinili niya
official-round-unmatched-positions_went_to_higher_total_score = napunta ang mga puwesto sa mga pares na mas mataas ang kabuuang puntos
official-round-unmatched-origin_quota_reached = naabot na ang quota para sa mga manggagawa mula sa { $origin }
official-round-unmatched-women_share = malalabag ang pinakamababang bahagi ng kababaihan kung ilalagay siya
official-round-unmatched-other_quota = naabot na ang isa pang quota
official-round-note-quota-exceeded = Nalampasan ang quota: { $used } ang nailagay para sa { $scope }, { $allowed } ang pinapayagan. Hindi sinusunod ng stable na mekanismo ang mga quota; sa pagkumpirma, walang pipiliin nang lampas sa mga ito.
official-round-note-women-met = Naabot ang pinakamababang bahagi ng kababaihan, { $required }: { $achieved }.
official-round-note-women-met-by-leaving-positions-open = Naabot ang pinakamababang bahagi ng kababaihan, { $required } ({ $achieved }), sa pag-iwang bukas ng { $positions } puwestong mapupunan sana ng mga lalaki (isinukong puntos: { $score }).
official-round-note-women-unreachable = Hindi maaabot ang pinakamababang bahagi ng kababaihan, { $required }: walang kwalipikadong babaeng mailalagay sa trabaho, kaya walang inilagay.
official-round-note-women-not-met = HINDI naabot ang pinakamababang bahagi ng kababaihan, { $required }: { $achieved }. Hindi ito sinusunod ng stable na mekanismo; gamitin ang optimal.
official-round-note-not-proven = Hindi napatunayang pinakamahusay: kabuuang puntos { $total }, hindi hihigit sa { $bound } ang pinakamahusay na posible (naabot ang limitasyon ng paghahanap).

## Mga paglabag sa bayarin
official-fees-title = Mga paglabag sa bayarin
official-fees-intro = Mga bayad na lumabag sa Employer Pays Principle (ang employer ang nagbabayad) sa mga programa ng iyong bansa: manggagawang pinagbayad ng recruitment fee o gastos, o ng suhol, kickback, bond o kolateral. Nananatili sa rekord ang bawat isa.
official-fees-count = { $count ->
    [one] { $count } paglabag
   *[other] { $count } paglabag
}
official-fees-none = Walang naitalang paglabag sa bayarin sa mga programa ng iyong bansa.
official-fees-paid-on = Ibinayad noong
official-fees-who = Sino ang nagbayad at kanino
official-fees-breach = Paglabag
official-fees-kind-worker_paid_recruitment_cost = Nagbayad ang manggagawa ng recruitment fee o gastos
official-fees-kind-illegitimate_cost = Suhol, kickback, bond o kolateral

## Audit log
official-audit-title = Audit log
official-audit-intro-country = Bawat pagbabago ng data, bawat pagbasa ng personal na data at bawat pagtanggi na may kinalaman sa { $country }: ang mga programa nito, ang mga mamamayan at residente nito, ang mga organisasyon nito, at ang mga ginawa ng sarili nitong mga opisyal. Itinatala rin ang pagbasa mo sa log.
official-audit-intro-all = Bawat pagbabago ng data, bawat pagbasa ng personal na data at bawat pagtanggi. Itinatala rin ang pagbasa mo sa log.
official-audit-entity = Uri ng rekord
official-audit-entity-hint = Halimbawa worker, placement, programme, match_round_pairs
official-audit-entity-id = Numero ng rekord
official-audit-action = Aksiyon
official-audit-action-hint = Halimbawa read, create, update, transition
official-audit-actor = Numero ng user
official-audit-actor-hint = Kaninong mga ginawa ang ipapakita
official-audit-actor-invalid = Maglagay ng numero ng user, halimbawa 12
official-audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entry
}
official-audit-none = Walang tugmang entry.
official-audit-when = Kailan
official-audit-who = Sino
official-audit-record = Rekord
official-audit-outcome = Resulta
official-audit-detail = Detalye
official-audit-user = user { $id }
official-audit-system = ang sistema
official-audit-personal = personal na data
official-audit-allowed = pinayagan
official-audit-denied = tinanggihan

## Pagpaparehistro ng manggagawa
official-register-title = Magparehistro ng manggagawa
official-register-intro = Para sa manggagawa ng iyong bansa na personal na pumunta, halimbawa sa isang job centre. Maaaring mag-sign in ang manggagawa sa ibang pagkakataon para kumpletuhin ang kanyang profile; kanya ito at mababago niya ang bawat pahintulot.
official-register-consents = Ang mga pahintulot ng manggagawa
official-register-consents-intro = Basahin sa manggagawa ang bawat layunin at lagyan ng tsek ang mga sinasang-ayunan lamang niya, nang harapan. Mababago niya ang bawat pasya anumang oras.
official-register-submit = Iparehistro ang manggagawa
official-register-done = Nairehistro na ang manggagawa.
official-worker-occupations = Mga hanapbuhay
official-worker-consents = Mga pahintulot
official-worker-consents-note = Ang pinakahuling pasya ng manggagawa sa bawat layunin. Ang manggagawa lamang ang nakapagbabago ng mga ito.
official-worker-placements = Mga aplikasyon at placement
official-worker-no-placements = Walang aplikasyong makikita mo.
