# Mga pahina ng Corridor, Filipino.
# Gawa ng makina ang salin; kailangang suriin ng taong Filipino ang
# katutubong wika (tingnan ang TRANSLATIONS.md). Ginagamit ang mga salitang
# karaniwan sa overseas employment sa Pilipinas: "job order", "employer",
# "recruitment agency", "placement fee".
app-name = Corridor
app-tagline = Legal na trabaho sa ibang bansa, nakasulat ang bawat kondisyon, walang bayad para sa manggagawa.
nav-jobs = Mga trabaho
nav-my-placements = Aking mga aplikasyon
nav-dashboard = Dashboard
nav-sign-in = Mag-sign in
nav-sign-out = Mag-sign out
nav-language = Wika
signed-in-as = Naka-sign in bilang { $name } ({ $role })

home-title = Magtrabaho sa ibang bansa nang ligtas at patas
home-intro = Nakalista sa Corridor ang mga trabahong iniaalok sa ilalim ng mga kasunduan ng mga bansa. Ipinapakita ng bawat trabaho ang sahod, oras ng trabaho, tirahan, pangangalagang medikal at biyahe pauwi — at kung sino ang nagbabayad sa bawat gastos sa recruitment. Hindi kailanman nagbabayad ang manggagawa ng recruitment fee o placement fee.
home-browse = Tingnan ang mga bukas na trabaho
home-check-agency = Suriin ang isang recruitment agency
home-api = Dokumentasyon ng API (OpenAPI)

sign-in-title = Mag-sign in
sign-in-email = E-mail
sign-in-password = Password
sign-in-submit = Mag-sign in
sign-in-failed = Mali ang e-mail o password.

jobs-title = Mga bukas na trabaho
jobs-for-you = Mga bukas na trabaho sa mga programang maaari mong salihan
jobs-count = { $count ->
    [one] { $count } job order
   *[other] { $count } job order
}
jobs-recommended = Inirerekomenda para sa iyo
jobs-recommended-note = Nakaayos ayon sa kung gaano kaangkop ang iyong trabaho, karanasan, kasanayan at mga wika, at kung nakapagtrabaho ka na sa programa. Nakalista ang bawat dahilan.
jobs-none = Wala pang bukas na trabaho para sa iyo ngayon.
jobs-positions = { $count ->
    [one] { $count } puwesto
   *[other] { $count } puwesto
}
jobs-starts = Magsisimula sa { $date }, nang { $months } buwan
jobs-see = Tingnan ang lahat ng kondisyon

job-title = Job order { NUMBER($id, useGrouping: "false") }
job-programme = Programa
job-corridor = Mula { $origin } papuntang { $destination }
job-employer = Employer
job-location = Lugar
job-occupation = Hanapbuhay
job-start = Simula
job-duration = Haba ng kontrata
job-months = { $months } buwan
job-wage = Sahod
job-wage-minimum = Ang pinakamababang sahod ng programa ay { $minimum }.
job-hours = Oras ng trabaho
job-hours-text = { $guaranteed } oras bawat linggo ang garantisado, hanggang { $max } ang pinakamarami
job-housing = Tirahan
job-housing-provided-free = Ibinibigay ng employer, libre.
job-housing-provided-cost = Ibinibigay ng employer; magbabayad ka ng { $cost } bawat buwan.
job-housing-not-provided = Hindi ibinibigay.
job-medical = Pangangalagang medikal
medical-none = Walang ibinibigay
medical-insurance = Health insurance na binabayaran ng employer
medical-care = Pangangalagang medikal na ibinibigay ng employer
medical-care_and_insurance = Pangangalagang medikal at health insurance na ibinibigay ng employer
job-return = Biyahe pauwi
job-return-paid = Binabayaran ng employer.
job-return-not-paid = Hindi binabayaran ng employer.
job-rehire = Muling pagkuha
job-rehire-yes = Unang kinukuha muli ang mga manggagawang nakatapos ng kontrata.
job-rehire-no = Walang prayoridad sa muling pagkuha.
job-social-security = Pensiyon at social security
job-pathway = Permanenteng paninirahan
job-pathway-yes = Maaaring humantong ang programang ito sa permanenteng paninirahan.
job-pathway-no = Hindi humahantong ang programang ito sa permanenteng paninirahan.
job-languages = Mga kailangang wika
job-language-level = { $language } sa antas na { $level } o mas mataas
job-experience = Kailangang karanasan
job-experience-months = { $months } buwan
job-skills = Mga kailangang kasanayan
job-skills-optional = Mga kasanayang nakatutulong
job-contract-languages = Wika ng kontrata
job-costs = Sino ang nagbabayad sa mga gastos sa recruitment
job-costs-note = Ayon sa Employer Pays Principle (ang employer ang nagbabayad), wala kahit isa rito ang babayaran ng manggagawa. Kung may humingi sa iyo ng bayad, i-report ito.
job-cost-category = Gastos
job-cost-amount = Halaga
job-cost-paid-by = Binabayaran ng
job-cost-undeclared = Employer (Employer Pays Principle)
job-apply = Mag-apply sa trabahong ito
job-applied = Nakapag-apply ka na sa trabahong ito.
job-sign-in-to-apply = Mag-sign in bilang manggagawa para makapag-apply.
job-g2g = Kasunduan ng gobyerno sa gobyerno

cost-recruitment_service = Bayad sa serbisyo ng recruitment
cost-medical = Medical exam
cost-insurance = Insurance
cost-skills_tests = Pagsusulit sa kasanayan at wika
cost-training_orientation = Pagsasanay at pre-departure orientation
cost-equipment = Kagamitan
cost-travel_lodging = Biyahe at tuluyan
cost-visa_administrative = Visa at mga gastos na administratibo

party-worker = Manggagawa
party-employer = Employer
party-agency = Recruitment agency
party-government = Gobyerno
party-third_party = Ibang tao

placements-title = Aking mga aplikasyon
placements-none = Wala ka pang inaaplayang trabaho.
placement-title = Aplikasyon { NUMBER($id, useGrouping: "false") }
placement-status = Katayuan
placement-timeline = Mga hakbang
placement-job = Trabaho

status-applied = Nag-apply
status-shortlisted = Nasa shortlist
status-selected = Napili
status-contract_signed = Napirmahan ang kontrata
status-orientation_done = Tapos na ang pre-departure orientation
status-visa_issued = Naibigay ang visa
status-departed = Nakaalis na
status-arrived = Nakarating na
status-employed = Nagtatrabaho
status-completed = Natapos ang kontrata
status-returned = Nakauwi na
status-withdrawn = Binawi
status-rejected = Hindi napili
status-ended_early = Natapos nang maaga

dashboard-title = Dashboard
dashboard-programmes = Mga programa
dashboard-job-orders = Mga job order
dashboard-violations = Mga iniulat na paglabag sa bayarin
dashboard-researcher = Mga pinagsama-sama at protektadong estadistika lamang ang nakikita ng mga mananaliksik; walang personal na rekord.

error-title = May mali
error-not-found = Walang ganitong pahina.
error-forbidden = Hindi ka pinapayagang makita ang pahinang ito.
error-back = Bumalik sa simula

footer-data = Mga hanapbuhay at kasanayan: ESCO (© European Union, CC BY 4.0). Mga pananggalang para sa mga health worker: WHO (2023).

# Estadistika (batayang ebidensya)
home-stats = Estadistika: mga migranteng manggagawa sa ibang bansa, daloy, kakulangan sa manggagawa, bayarin
dashboard-stats = Buksan ang estadistika: mga protektadong talahanayan at tsart, mada-download bilang CSV, JSON at SDMX
stats-title = Estadistika
stats-intro = Mga bilang mula sa sariling rekord ng Corridor ng mga placement, job order, rehistradong manggagawa at talaan ng bayarin. Katabi ng bawat bilang ang pinagmulan, kahulugan, paraan at kawalang-katiyakan nito. Hindi kailanman ipinapakita ang personal na rekord: itinatago ang bilang na batay sa mas kaunti sa { $min } tao, kasama ang sapat na iba pa para hindi ito makuwenta mula sa mga kabuuan.
stats-all-figures = Lahat ng bilang
stats-api = Makukuha rin ang bawat talahanayan mula sa API (/api/v1/stats) bilang JSON, CSV at SDMX-CSV.
stats-source = Pinagmulan
stats-reference = Sanggunian
stats-reference-date = noong { $date }
stats-reference-period = { $from } hanggang { $to }
stats-definition = Kahulugan
stats-method = Paraan
stats-unit = Yunit
stats-uncertainty = Kawalang-katiyakan
stats-disclosure = Kontrol sa paglalantad
stats-disclosure-text = Itinatago ang mga cell na batay sa mas kaunti sa { $min } tao: { $primary } dito, at { $secondary } pa para walang makuwenta mula sa mga kabuuan.
stats-not-additive = Hindi nagsusuma ang mga cell na ito sa kanilang kabuuan: direktang kinukuwenta ang bawat kabuuan.
stats-uncertainty-complete = Kumpletong bilang ng mga rekord na administratibo: walang sampling error. Hindi sinusukat ang mga mali sa pagtatala at ang mga huling naitala.
stats-uncertainty-replicates = Mga standard error mula sa replicate weights; ang ± ay ang 90% margin of error; minamarkahang hindi maaasahan ang CV na higit sa 30%.
stats-uncertainty-none = Walang makukuwentang standard error para sa pinagmulang ito.
stats-download = I-download
stats-withheld = nakatago
stats-withheld-primary = nakatago: mas kaunti sa { $min } tao
stats-withheld-secondary = nakatago para protektahan ang ibang cell
stats-not-defined = hindi tinukoy (walang kaso)
stats-unreliable = hindi maaasahan (CV na higit sa 30%)
stats-total = Kabuuan
stats-unknown = Hindi alam
stats-value = Halaga
stats-status = Katayuan
stats-chart = Tsart
stats-show = Ipakita
stats-cross = Hatiin ayon sa
stats-date = Petsa
stats-from = Mula
stats-to = Hanggang
stats-period = Panahon
stats-period-hint = Isang taon (2025), isang quarter (2025-Q1) o isang buwan (2025-03)
stats-date-hint = Ang huling araw ng buwan
stats-busy = Abala ang serbisyo ng estadistika sa pagkalkula ng ibang mga talahanayan. Agad na ipinapakita ang mga nakalkula na; pakisubukang muli pagkalipas ng ilang segundo.
stats-too-many = Marami kang hiniling na bagong talahanayan sa maikling panahon. Maghintay muna sandali, saka subukang muli.
stats-calendar-periods = Inilalathala lamang ayon sa buwan, quarter at taon ng kalendaryo, bawat isa ay hinango sa iisang protektadong talahanayan ng buong taon, kaya walang dalawang nailathalang talahanayan na maibabawas upang ilantad ang isang maliit na grupo.
stats-bad-request = Hindi magagawa ang talahanayang ito: { $reason }
stats-more = Mga detalye, iba pang paghahati at mga download
stats-unit-PS = tao
stats-unit-POS = puwesto
stats-unit-PT = bahagi (porsiyento)
stats-unit-DAYS = araw
stats-unit-NUM = bayad
stats-unit-MINOR_UNITS = pinakamaliit na yunit ng pera (sentimo)

stats-dim-corridor = Ruta ng migrasyon
stats-dim-origin = Bansang pinagmulan
stats-dim-destination = Bansang pupuntahan
stats-dim-programme = Programa
stats-dim-isco1 = Hanapbuhay (major group ng ISCO-08)
stats-dim-isco2 = Hanapbuhay (sub-major group ng ISCO-08)
stats-dim-sex = Kasarian
stats-dim-age = Pangkat ng edad
stats-dim-month = Buwan
stats-dim-quarter = Quarter
stats-dim-year = Taon
stats-dim-end_reason = Dahilan ng maagang pagtatapos
stats-dim-currency = Pera
stats-dim-fee_category = Uri ng bayarin (ILO 2019)
stats-dim-payer = Sino ang nagbayad
stats-dim-un_duration = Haba ng pananatili (UN 1998)
stats-dim-country_of_birth = Bansang sinilangan
stats-dim-geography = Lugar

stats-code-F = Babae
stats-code-M = Lalaki
stats-code-O = Iba pa
stats-code-EMPLOYER_BREACH = Nilabag ng employer ang kontrata
stats-code-WORKER_CHOICE = Pinili ng manggagawa
stats-code-CHANGED_EMPLOYER = Lumipat ng employer
stats-code-HEALTH = Sakit o pinsala
stats-code-WORK_ENDED = Naubos ang trabaho
stats-code-OTHER = Ibang dahilan
stats-code-WORKER = Manggagawa
stats-code-EMPLOYER = Employer
stats-code-AGENCY = Recruitment agency
stats-code-GOVERNMENT = Gobyerno
stats-code-THIRD_PARTY = Ibang tao
stats-code-RECRUITMENT_SERVICE = Bayad sa serbisyo ng recruitment
stats-code-MEDICAL = Gastos sa medikal
stats-code-INSURANCE = Insurance
stats-code-SKILLS_TESTS = Pagsusulit sa kasanayan
stats-code-TRAINING_ORIENTATION = Pagsasanay at orientation
stats-code-EQUIPMENT = Kagamitan
stats-code-TRAVEL_LODGING = Biyahe at tuluyan
stats-code-VISA_ADMINISTRATIVE = Visa at mga gastos na administratibo
stats-code-BRIBE = Suhol
stats-code-KICKBACK = Kickback
stats-code-BOND = Bond o deposito
stats-code-COLLATERAL = Kolateral
stats-code-LONG_TERM = Pangmatagalan (12 buwan o higit pa)
stats-code-SHORT_TERM = Panandalian (3 hanggang 12 buwan)
stats-code-UNDER_3M = Wala pang 3 buwan

stats-fig-stock-abroad-title = Mga manggagawa sa ibang bansa
stats-fig-stock-abroad-definition = Mga manggagawang inilagay sa trabaho sa ibang bansa sa pamamagitan ng mga programa ng Corridor na nakaalis na, at hanggang sa petsa ng sanggunian ay hindi pa nakauwi at hindi natapos nang maaga ang trabaho. Pangmatagalan ang pananatili nang 12 buwan o higit pa, panandalian ang 3 hanggang 12 buwan (UN 1998), batay sa nakaplanong kontrata.
stats-fig-stock-abroad-method = Bilang ng mga placement na may pag-alis sa petsa o bago nito at walang pag-uwi o maagang pagtatapos hanggang noon; ayon sa panahon, sa huling araw ng bawat panahon.
stats-fig-departures-title = Mga pag-alis
stats-fig-departures-definition = Mga manggagawang umaalis sa kanilang bansang pinagmulan para sa trabaho sa isang programa ng Corridor (isang daloy).
stats-fig-departures-method = Bilang ng mga pag-alis na may petsa sa loob ng panahon.
stats-fig-returns-title = Mga pag-uwi
stats-fig-returns-definition = Mga manggagawang bumabalik sa kanilang bansang pinagmulan pagkatapos ng placement (isang daloy).
stats-fig-returns-method = Bilang ng mga pag-uwi na may petsa sa loob ng panahon.
stats-fig-early-endings-title = Trabahong natapos nang maaga
stats-fig-early-endings-definition = Mga placement na natapos ang trabaho bago matapos ang kontrata, ayon sa naitalang dahilan.
stats-fig-early-endings-method = Bilang ng mga maagang pagtatapos na may petsa sa loob ng panahon.
stats-fig-demand-title = Demand: mga puwesto sa bukas na job order
stats-fig-demand-definition = Mga puwesto sa mga aprubadong job order na nai-post sa petsa o bago nito at hindi pa sarado. Hindi itinatala ng Corridor ang araw na isinara ang isang job order: binibilang ang saradong job order hanggang sa unang araw nito ng trabaho.
stats-fig-demand-method = Kabuuan ng mga puwesto ng mga job order na bukas sa petsa.
stats-fig-supply-title = Supply: mga kwalipikadong manggagawang available
stats-fig-supply-definition = Mga rehistradong manggagawang available sa petsa na maaaring sumali sa isang programa (pagkamamamayan o paninirahan sa bansang pinagmulan nito at hanapbuhay na saklaw nito). Binibilang lamang ang mga manggagawang pumayag na mabilang sa estadistika.
stats-fig-supply-method = Magkakaibang manggagawa; ang manggagawang kwalipikado sa ilang programa o hanapbuhay ay binibilang nang isang beses sa bawat isa at isang beses sa bawat kabuuan.
stats-fig-gap-title = Agwat: demand bawas supply
stats-fig-gap-definition = Mga puwesto sa bukas na job order bawas ang mga kwalipikadong manggagawang available; kapag positibo, mas marami ang puwesto kaysa sa kwalipikadong manggagawa.
stats-fig-gap-method = Demand bawas supply, bawat cell, sa petsa.
stats-fig-fill-rate-title = Fill rate ng mga job order
stats-fig-fill-rate-definition = Mga manggagawang nakaalis bawat puwesto, para sa mga job order na nai-post sa loob ng panahon.
stats-fig-fill-rate-method = Mga placement na nakaalis hinati sa mga puwesto, para sa mga job order na nai-post sa loob ng panahon, ayon sa naitala nang gawin ang talahanayan.
stats-fig-days-to-departure-median-title = Mga araw mula job order hanggang pag-alis (median)
stats-fig-days-to-departure-median-definition = Mga araw mula sa pag-post ng job order hanggang sa pag-alis ng manggagawa para rito, para sa mga pag-alis sa loob ng panahon.
stats-fig-days-to-departure-median-method = Median sa pamamagitan ng linear interpolation (type 7).
stats-fig-days-to-departure-p90-title = Mga araw mula job order hanggang pag-alis (ika-90 percentile)
stats-fig-days-to-departure-p90-definition = Mga araw mula sa pag-post ng job order hanggang sa pag-alis ng manggagawa para rito, para sa mga pag-alis sa loob ng panahon.
stats-fig-days-to-departure-p90-method = Ika-90 percentile sa pamamagitan ng linear interpolation (type 7): siyam sa bawat sampung pag-alis ang tumagal nang hindi hihigit dito.
stats-fig-fee-violations-title = Mga paglabag sa bayarin
stats-fig-fee-violations-definition = Mga bayad sa talaan ng bayarin na lumabag sa mga patakaran ng patas na recruitment: manggagawang nagbayad ng recruitment fee o kaugnay na gastos, o anumang suhol, kickback, bond o kolateral (kahulugan ng ILO, 2019).
stats-fig-fee-violations-method = Bilang ng mga lumalabag na bayad na may petsa sa loob ng panahon.
stats-fig-fee-violation-amount-paid-by-workers-title = Mga bayaring ipinabayad sa mga manggagawa
stats-fig-fee-violation-amount-paid-by-workers-definition = Mga lumalabag na bayad na ginawa ng mga manggagawa (kahulugan ng ILO, 2019), ayon sa pera.
stats-fig-fee-violation-amount-paid-by-workers-method = Kabuuan sa pinakamaliit na yunit (sentimo) ng mga lumalabag na bayad ng mga manggagawa na may petsa sa loob ng panahon; hindi kailanman kinokonbert o pinagsasama ang magkakaibang pera.
stats-fig-return-rate-title = Rate ng pag-uwi
stats-fig-return-rate-definition = Sa mga placement na natapos ang trabaho sa loob ng panahon (natapos o maagang natapos), ang bahaging may naitalang pag-uwi.
stats-fig-return-rate-method = Mga natapos na placement na may pag-uwi hinati sa lahat ng natapos na placement.
stats-fig-rehire-rate-title = Rate ng muling pagkuha
stats-fig-rehire-rate-definition = Sa mga pag-alis sa loob ng panahon, ang bahagi ng mga manggagawang nakatapos na ng naunang placement: ang napatunayang rekord sa trabaho na nagagamit.
stats-fig-rehire-rate-method = Mga pag-alis ng mga manggagawang may naunang natapos na placement hinati sa lahat ng pag-alis sa loob ng panahon.

# Bakit inirerekomenda ang isang job order: isang linya bawat bahagi ng puntos
# (mga antas ng ISCO-08: major group, sub-major group, minor group, unit group).
why-same-occupation = parehong hanapbuhay: { $occupation }
why-same-unit-group = parehong unit group { $group }
why-same-minor-group = parehong minor group { $group }
why-same-sub-major-group = parehong sub-major group { $group }
why-same-major-group = parehong major group { $group }
why-unrelated = walang kaugnay na hanapbuhay
why-required-skills = { $held } sa { $of } kailangang kasanayan
why-optional-skills = { $held } sa { $of } opsyonal na kasanayan
why-language = { $language } { $has }, kailangan { $needs }
why-experience = { $years ->
    [0] { $months ->
        [one] { $months } buwan
       *[other] { $months } buwan
    }
    [one] { $months ->
        [0] { $years } taon
        [one] { $years } taon at { $months } buwan
       *[other] { $years } taon at { $months } buwan
    }
   *[other] { $months ->
        [0] { $years } taon
        [one] { $years } taon at { $months } buwan
       *[other] { $years } taon at { $months } buwan
    }
} na karanasan sa grupo ng hanapbuhay
why-available-whole = available sa buong kontrata
why-available-part = available nang { $covered } sa { $days } araw ng kontrata
why-returning = bumabalik na manggagawa: prayoridad
why-returning-same-employer = bumabalik na manggagawa: prayoridad, parehong employer
why-named = pinangalanan ng employer
why-preference = mas gusto ang programang ito o destinasyon ({ $destination })
