# Mga pahina ng Corridor para sa bawat tungkulin, Filipino. Nauuna ang mga
# mensaheng ginagamit ng mga form, saka ang bawat bahagi. Ipinapaliwanag ng mga
# mensahe ng patakaran (rule-*) ang nilabag na patakaran sa wika ng pahina;
# pinananatili ng API ang code ng patakaran.
# Gawa ng makina ang salin; kailangang suriin ng taong Filipino ang
# katutubong wika (tingnan ang TRANSLATIONS.md).

## Mga form
form-error-title = May problema
form-error-prefix = Mali:
form-choose = Pumili ng isa
form-choose-country = Pumili ng bansa
form-choose-level = Pumili ng antas
form-date-invalid = Maglagay ng totoong petsa, halimbawa 2026-03-27
form-years-invalid = Ilagay ang bilang ng taon bilang numero mula 0 hanggang 60
form-year-invalid = Maglagay ng taon, halimbawa 2019
form-number-invalid = Maglagay ng numero
form-amount-invalid = Maglagay ng halaga, halimbawa 1250.00
form-search = Maghanap
form-add = Idagdag
form-remove = Alisin
form-save = I-save
form-save-continue = I-save at magpatuloy
form-cancel = Kanselahin
form-expired = Nag-expire na ang form o hindi ito galing sa Corridor; i-reload ang pahina at subukang muli.
reference-names-english = Nakasulat sa Ingles ang mga pangalan ng bansa at wika.
reference-labels-english = Galing sa ESCO at ISCO-08 ang mga pangalan ng hanapbuhay at kasanayan, at nakasulat ang mga ito sa Ingles.

nav-menu = Menu
nav-my-home = Aking pahina
nav-sign-up = Mag-sign up

## Manggagawa: pag-sign up at sariling pahina
worker-only = Para sa mga manggagawa ang pahinang ito.
worker-home-title = Aking pahina
worker-home-hello = Kumusta, { $name }
worker-home-proposals = { $count ->
    [one] { $count } trabaho ang naghihintay ng iyong sagot
   *[other] { $count } trabaho ang naghihintay ng iyong sagot
}
worker-home-no-applications = Wala ka pang aplikasyon.
worker-back-home = Bumalik sa aking pahina

sign-up-title = Gumawa ng iyong account
sign-up-intro = Libre ito. Hindi ka kailanman magbabayad para makahanap ng trabaho sa pamamagitan ng Corridor.
sign-up-account = Ang iyong account
sign-up-password = Pumili ng password
sign-up-password-hint = Hindi bababa sa 10 character. Pinakamainam ang ilang salitang madali mong matandaan.
sign-up-submit = Gawin ang aking account
sign-up-have-account = May account ka na?
sign-up-welcome = Handa na ang iyong account. Ngayon, ikuwento sa amin ang iyong trabaho para maipakita namin sa iyo ang mga trabahong angkop sa iyo.

## Manggagawa: profile
profile-title = Aking profile
profile-given-name = Pangalan
profile-family-name = Apelyido
profile-phone = Numero ng telepono
profile-phone-hint = Kasama ang country code, halimbawa +63 917 123 4567
profile-date-of-birth = Petsa ng kapanganakan
profile-sex = Kasarian
profile-citizenship = Pagkamamamayan
profile-second-citizenship = Ikalawang pagkamamamayan
profile-country-of-birth = Bansang sinilangan
profile-country-of-residence = Bansang tinitirhan mo
profile-none = Wala
profile-step-about = Tungkol sa iyo
profile-step-work = Ang iyong trabaho
profile-step-skills = Ang iyong mga kasanayan
profile-step-languages = Mga wika
profile-step-education = Edukasyon
profile-step-availability = Kailan ka puwedeng magtrabaho
profile-step-done = Tapos na
profile-step-todo = Gagawin pa
profile-step-of = Hakbang { $number } sa { $of }
profile-saved = Na-save.
profile-search-work = Hanapin ang iyong hanapbuhay
profile-search-work-hint = I-type sa Ingles ang iyong trabaho, halimbawa welder (manghihinang), nurse (nars) o fruit picker (tagapitas ng prutas)
profile-search-skills = Maghanap ng kasanayan
profile-search-skills-hint = I-type sa Ingles ang kasanayan, halimbawa forklift (makinang pambuhat ng kargamento) o food safety (kaligtasan ng pagkain)
profile-search-results = Mga resulta para sa “{ $query }”
profile-search-none = Walang nahanap. Subukan ang ibang salita.
profile-your-occupations = Ang iyong mga hanapbuhay
profile-years = Taon ng karanasan
profile-no-occupations = Wala ka pang nailagay na hanapbuhay. Hanapin ang sa iyo sa itaas at idagdag ito.
profile-your-skills = Ang iyong mga kasanayan
profile-no-skills = Wala ka pang nailagay na kasanayan. Hanapin ang mga sa iyo sa itaas at idagdag ang mga ito.
profile-languages-hint = Idagdag ang bawat wikang sinasalita mo. Dapat kang bigyan ng employer ng kontrata sa wikang mahusay mong nababasa (antas B1 o mas mataas).
profile-language-n = Wika { $n }
profile-language = Wika
profile-level = Antas
profile-add-language = Magdagdag ng isa pang wika
profile-education = Pinakamataas na natapos na pag-aaral
profile-qualification = Diploma, lisensiya o sertipiko
profile-qualification-title = Pangalan nito
profile-qualification-hint = Halimbawa: lisensiya bilang nars, sertipiko sa welding
profile-qualification-country = Bansang nagbigay nito
profile-qualification-year = Taon
profile-available-from = Available mula
profile-available-until = Available hanggang
profile-available-until-hint = Iwanang blangko kung wala kang petsa ng pagtatapos.
profile-preferred-destination = Bansang pinakagusto mong pagtrabahuhan

sex-female = Babae
sex-male = Lalaki
sex-other = Ibang kasarian
sex-not-stated = Mas gusto kong hindi sabihin

cefr-a1 = baguhan
cefr-a2 = pangunahin
cefr-b1 = katamtaman: kayang magbasa ng kontrata
cefr-b2 = mataas na katamtaman
cefr-c1 = mahusay
cefr-c2 = matatas
cefr-native = Unang wika

isced-0 = Walang natapos na pag-aaral
isced-1 = Elementarya
isced-2 = Junior high school (o unang taon ng high school)
isced-3 = Senior high school (o tapos ng high school)
isced-4 = Kursong post-secondary na hindi kolehiyo (halimbawa, kurso sa TESDA)
isced-5 = Maikling kurso sa kolehiyo
isced-6 = Bachelor's degree o katumbas
isced-7 = Master's degree o katumbas
isced-8 = Doctorate

## Manggagawa: mga pahintulot
consents-title = Ang iyong mga pahintulot
consents-intro = Ikaw ang magpapasya kung ano ang gagawin ng Corridor sa iyong profile. Mababago mo ang bawat pasya anumang oras, at nakatala sa ibaba ang bawat pagbabago.
consents-change = Baguhin ang aking mga pahintulot
consents-saved = Na-save ang iyong pasya.
consents-history = Kasaysayan ng iyong mga pasya
consents-when = Kailan
consents-purpose = Para saan
consents-change-col = Pagbabago
consents-no-history = Wala ka pang ginagawang pasya.
consent-given = Ibinigay
consent-not-given = Hindi ibinigay
consent-withdrawn = Binawi
consent-give = Magbigay ng pahintulot
consent-withdraw = Bawiin ang pahintulot
consent-matching-title = Itugma ako sa mga trabaho
consent-matching-explained = Ikinukumpara ng Corridor ang iyong mga hanapbuhay, karanasan, kasanayan at wika sa mga bukas na trabaho, ipinapakita sa iyo ang mga pinakaangkop, at maaari kang isama sa isang match round na pinapatakbo ng mga opisyal. Numero lamang ang nakikita ng mga employer tungkol sa iyo, hindi ang iyong pangalan.
consent-sharing-with-employers-title = Ibahagi ang aking profile sa mga employer
consent-sharing-with-employers-explained = Kapag nag-apply ka sa isang trabaho, o tinanggap mo ang trabahong iminungkahi sa iyo, mababasa ng employer at ng lisensiyadong agency nito ang iyong profile habang tuloy ang aplikasyon. Kung babawiin mo ito, hindi na nila ito mababasa.
consent-statistics-title = Isama ako sa estadistika
consent-statistics-explained = Bibilangin ka, nang walang pangalan o anumang makapagpapakilala sa iyo, sa pampublikong estadistika tungkol sa mga manggagawang handang magtrabaho sa ibang bansa. Hindi kailanman ipinapakita ang maliliit na grupo.
consent-contact-title = Maaari akong kontakin ng mga opisyal
consent-contact-explained = Maaari kang tawagan o sulatan ng mga opisyal ng iyong bansa tungkol sa mga programa, halimbawa kapag may nagbukas na bagong programa.

## Manggagawa: mga mungkahi
proposals-title = Mga trabahong iminungkahi sa akin
proposals-intro = Maaari kang imungkahi ng isang agency, employer o opisyal para sa isang trabaho. Walang makakakita ng iyong profile hangga't hindi mo tinatanggap. Kung tatanggi ka, hindi ka na muling tatanungin para sa trabahong iyon.
proposals-need-sharing = Para makatanggap, kailangan mo munang pumayag na ibahagi ang iyong profile sa mga employer.
proposals-made-on = Iminungkahi noong { $date }
proposal-pending = Naghihintay ng iyong sagot
proposal-accepted = Tinanggap
proposal-declined = Tinanggihan
proposals-accept = Tanggapin at mag-apply
proposals-decline = Tanggihan
proposals-see-application = Tingnan ang aking aplikasyon
proposals-none = Wala pang nagmumungkahi sa iyo para sa isang trabaho.

## Manggagawa: mga aplikasyon
placement-withdraw = Bawiin ang aking aplikasyon
placement-withdraw-explained = Maaari mo itong bawiin anumang oras bago ka umalis. Makikita ng employer na binawi mo ito; hindi mo kailangang sabihin kung bakit.
placement-contract = Ang iyong kontrata
placement-contract-language = Wika ng kontrata
placement-ledger = Mga binayarang gastos at bayarin
placement-ledger-intro = Bawat bayad na ginawa para sa iyong recruitment. Hindi kailanman nagbabayad ang manggagawa ng recruitment fee: kung pinagbayad ka, i-report ito sa ibaba.
placement-ledger-none = Walang naitalang bayad.
placement-paid-by = ibinayad ng { $payer } sa { $payee }
placement-violation = Labag sa Employer Pays Principle (ang employer ang nagbabayad)
placement-report = I-report ang bayad na ipinabayad sa iyo
placement-report-explained = Nakikita ng mga opisyal ng iyong bansa ang bawat report. Maaari kang mag-report kahit wala kang resibo.
placement-report-amount = Halaga
placement-report-currency = Pera
placement-report-paid-to = Kanino ibinayad
placement-report-category = Para saan ito
placement-report-date = Petsa ng pagbabayad
placement-report-note = Ano ang nangyari (opsyonal)
placement-report-submit = I-report ang bayad
placement-reported = Naitala na ang iyong report. Makikita ito ng mga opisyal ng iyong bansa.
cost-bribe = Suhol
cost-kickback = Kickback
cost-bond = Bond o deposito
cost-collateral = Kolateral

## Manggagawa: rekord sa trabaho
work-record-title = Aking rekord sa trabaho
work-record-intro = Mga kontratang natapos mo sa pamamagitan ng Corridor. Sa maraming programa, unang kinukuha muli ang mga bumabalik na manggagawa.
work-record-job = Trabaho
work-record-from = Mula
work-record-to = Hanggang
work-record-none = Wala ka pang natapos na kontrata.
work-record-printed = Inilimbag noong { $date } mula sa Corridor.

## Account
account-title = Aking account
account-signed-in-as = Nagsa-sign in ka gamit ang { $email }.
account-done-password = Napalitan na ang iyong password. Na-sign out ka sa lahat ng iba pang device.
account-done-language = Na-save ang iyong wika.
account-password = Palitan ang iyong password
account-current-password = Kasalukuyang password
account-new-password = Bagong password
account-change-password = Palitan ang password
account-language = Wika ng mga pahina
account-sign-out-everywhere = Mag-sign out sa lahat ng device
account-sign-out-everywhere-explained = Tinatapos nito ang bawat session sa bawat telepono o computer, at ang bawat API token. Gamitin ito kung nawala ang iyong telepono o sa palagay mo ay may ibang nakaaalam ng iyong password.
account-your-data = Ang iyong data
account-your-data-explained = I-download ang lahat ng hawak ng Corridor tungkol sa iyo: ang iyong profile, mga pahintulot, mga aplikasyon kasama ang mga hakbang at bayad ng mga ito, at ang mga mungkahing ginawa sa iyo.
account-download = I-download ang aking data (JSON)
account-close = Isara ang aking account
account-close-explained = Maaari mong isara ang iyong account anumang oras.
close-consequence-consents = Babawiin ang bawat pahintulot: wala nang employer na makababasa ng iyong profile, at hindi ka na itutugma o bibilangin.
close-consequence-applications = Babawiin ang mga aplikasyong hindi pa humahantong sa pag-alis.
close-consequence-records = Mananatili sa rekord ang mga kontratang tuloy na o natapos na, gaya ng hinihingi ng batas ng dalawang bansa.
close-consequence-sign-in = Hindi ka na makapag-sign in muli gamit ang account na ito.
close-confirm = Naiintindihan ko, isara ang aking account
close-confirm-required = Lagyan ng tsek ang kahon para kumpirmahing gusto mong isara ang iyong account.

## Mga patakaran, gaya ng ipinapakita sa isang field
rule-required = Kailangan ito.
rule-invalid = Hindi ito wasto.
rule-too-short = Dapat may hindi bababa sa 10 character ang password.
rule-too-long = Masyadong mahaba ito.
rule-wrong-password = Mali ang kasalukuyang password.
rule-duplicate = Dalawang beses itong nakalista.
rule-unknown = Hindi ito umiiral.
rule-out-of-range = Labas sa pinapayagan ang numerong ito.
rule-implausible = Mukhang hindi ito tama; suriin ito.
rule-under-age = Dapat hindi bababa sa 18 taong gulang ang mga manggagawa.
rule-before-start = Hindi maaaring mauna ang katapusan sa simula.
rule-negative = Hindi maaaring negatibo ang halaga.
rule-not-positive = Dapat higit sa sero ang halaga.
rule-same-party = Dapat magkaiba ang nagbayad at ang binayaran.
rule-date-in-future = Hindi maaaring nasa hinaharap ang petsa.
rule-before-previous-event = Mas maaga ang petsang ito kaysa sa naunang hakbang.
rule-illegal-transition = Hindi maaaring sumunod ang hakbang na ito sa kasalukuyang hakbang.
rule-not-applicable = Hindi ito angkop dito.
rule-consent-required = Para makapag-apply, kailangan mong pumayag na ibahagi ang iyong profile sa mga employer.
rule-worker-not-covered = Sa ibang bansa kumukuha ng manggagawa ang programang ito.
rule-job-order-not-open = Hindi bukas sa aplikasyon ang trabahong ito.
rule-not-a-candidate = Hindi maaaring imungkahi ang manggagawang ito para sa trabahong ito.
rule-positions-filled = Puno na ang lahat ng puwesto ng job order na ito.
rule-quota-reached = Naabot na ang quota ng programa para sa panahong ito.
rule-wage-below-minimum = Mas mababa ang sahod sa pinakamababang sahod ng programa.
rule-wage-currency-mismatch = Dapat nasa pera ng programa ang sahod.
rule-hours-below-guarantee = Mas mababa ang garantisadong oras sa minimum ng programa.
rule-hours-above-maximum = Lampas ang oras sa maximum ng programa.
rule-below-guaranteed-hours = Hindi maaaring mas mababa ang pinakamaraming oras sa garantisadong oras.
rule-housing-not-provided = Hinihingi ng programa na magbigay ng tirahan ang employer.
rule-housing-cost-above-cap = Lampas sa limitasyon ng programa ang sinisingil sa manggagawa para sa tirahan.
rule-housing-currency-mismatch = Dapat nasa pera ng programa ang singil sa tirahan.
rule-medical-cover-insufficient = Kulang ang pangangalagang medikal sa hinihingi ng programa.
rule-return-travel-not-paid = Hinihingi ng programa na bayaran ng employer ang biyahe pauwi.
rule-cost-charged-to-worker = Ang employer ang nagbabayad ng mga recruitment fee at kaugnay na gastos, hindi kailanman ang manggagawa.
rule-occupation-not-in-programme = Labas sa programa ang hanapbuhay na ito.
rule-start-in-past = Lumipas na ang petsa ng simula.
rule-start-outside-programme = Labas sa panahon ng programa ang petsa ng simula.
rule-stay-too-long = Mas mahaba ang kontrata kaysa sa pinapayagan ng programa.
rule-employer-suspended = Suspendido ang employer.
rule-employer-mismatch = Hindi tugma ang employer.
rule-employer-not-in-destination = Wala sa bansang pupuntahan ng programa ang employer.
rule-agency-licence-not-active = Hindi aktibo ang lisensiya ng agency.
rule-agency-licence-outside-corridor = Walang lisensiya ang agency sa mga bansa ng programa.
rule-who-safeguard-active-recruitment = Hindi maaaring aktibong mag-recruit ng mga health worker mula sa bansang nasa safeguards list ng WHO, maliban sa ilalim ng kasunduan ng gobyerno sa gobyerno.
rule-not-a-returning-worker = Ang mga manggagawa lamang na nakatapos ng kontrata sa employer na ito ang maaaring pangalanan.
rule-contract-language-not-read = Dapat nasa wikang mahusay na nababasa ng manggagawa ang kontrata (B1 o mas mataas).
rule-contract-wage-below-job-order = Mas mababa ang sahod sa kontrata kaysa sa job order.
rule-contract-wage-currency-mismatch = Nasa ibang pera ang sahod sa kontrata.
rule-contract-hours-below-job-order = Mas kaunting oras ang ginagarantiya ng kontrata kaysa sa job order.
rule-contract-hours-above-job-order = Mas maraming oras ang pinapayagan ng kontrata kaysa sa job order.
rule-contract-housing-missing = Wala sa kontrata ang tirahang ipinangako ng job order.
rule-contract-housing-cost-above-job-order = Mas mataas ang singil sa tirahan sa kontrata kaysa sa job order.
rule-contract-medical-below-job-order = Mas kaunti ang pangangalagang medikal sa kontrata kaysa sa job order.
rule-contract-return-travel-missing = Wala sa kontrata ang bayad na biyahe pauwi.
rule-contract-duration-differs = Iba ang haba ng kontrata sa haba na nasa job order.
rule-same-country = Dapat magkaiba ang dalawang bansa.
rule-countries-fixed = Hindi mababago ang mga bansa ng isang programa.

## Mga listahan
pagination = Mga pahina
pagination-previous = Nakaraang pahina
pagination-next = Susunod na pahina
pagination-page = Pahina { $page } sa { $pages }

## Mga job order, para sa mga namamahala sa mga ito
job-orders-title = Mga job order
job-orders-post = Mag-post ng job order
job-orders-by-status = Mga job order ayon sa katayuan
job-orders-none = Walang job order dito.
job-orders-managers-only = Ang mga employer, ang kanilang mga agency at ang mga opisyal ang namamahala sa mga job order.
job-orders-back = Bumalik sa mga job order
job-status-pending_approval = Naghihintay ng pag-apruba
job-status-open = Bukas
job-status-closed = Sarado

job-form-intro = Ipinapakita sa mga manggagawa bago sila mag-apply ang bawat kondisyong isusulat mo rito, at sinusuri ito ayon sa pinakamababang kondisyon ng programa. Kung may lumalabag sa isang patakaran, nakalista ang bawat problema para maayos mo ang lahat nang sabay-sabay.
job-form-submit = Isumite ang job order
job-form-the-job = Ang trabaho
job-form-agency = Lisensiyadong agency na hahawak nito
job-form-agency-hint = Ang mga agency lamang na may aktibong lisensiya sa mga bansa ng programa ang maaaring humawak ng job order.
job-form-no-agency = Walang agency
job-form-find-occupation = Hanapbuhay
job-form-choose = Piliin
job-form-choose-occupation = Hanapin ang hanapbuhay at piliin ito.
job-form-title = Titulo ng trabaho
job-form-title-hint = Kung paano mo tinatawag ang trabaho. Iwanang blangko para gamitin ang pangalan ng hanapbuhay.
job-form-positions = Bilang ng puwesto
job-form-locality = Bayan o lungsod
job-form-region = Rehiyon, probinsiya o estado
job-form-duration = Haba ng kontrata sa buwan
job-form-pay = Sahod at oras
job-form-currency = Pera
job-form-per = Binabayaran bawat
per-hour = oras
per-week = linggo
per-month = buwan
per-year = taon
job-form-guaranteed-hours = Garantisadong oras bawat linggo
job-form-max-hours = Pinakamaraming oras sa isang linggo
job-form-living = Tirahan, pangangalagang medikal at biyahe pauwi
job-form-housing-yes = Nagbibigay ng tirahan ang employer
job-form-housing-no = Walang ibinibigay na tirahan
job-form-housing-cost = Ibinabayad ng manggagawa para sa tirahan bawat buwan
job-form-housing-cost-hint = Iwanang blangko kung libre ito.
job-form-housing-description = Ang tirahan, sa ilang salita
job-form-return = Biyahe pauwi
job-form-return-yes = Binabayaran ng employer
job-form-return-no = Hindi binabayaran ng employer
job-form-requirements = Ang kailangan ng manggagawa
job-form-experience = Kailangang taon ng karanasan
job-form-languages = Mga kailangang wika
job-form-min-level = Pinakamababang antas
job-form-skills = Mga kailangang kasanayan
job-form-contract-languages = Mga wikang pinag-aalok ng kontrata
job-form-contract-languages-hint = Dapat mabasa nang mahusay ng manggagawa ang kontrata: ialok ito sa mga wika ng bansang pinagmulan.
job-form-costs-hint = Bawat gastos sa recruitment at kung sino ang nagbabayad nito. Ang employer ang nagbabayad ng mga recruitment fee at kaugnay na gastos, hindi kailanman ang manggagawa.
job-form-cost-n = Gastos { $n }
job-form-cost-category = Para saan ito
job-form-cost-paid-by = Binabayaran ng
job-form-add-cost = Magdagdag ng gastos
job-form-named = Mga bumabalik na manggagawang hinihiling ayon sa pangalan
job-form-named-hint = Ang mga numero ng manggagawa ng mga nakatapos ng kontrata sa iyo. Hindi ipinapakita ang mga ito sa publiko.
job-form-named-n = Numero ng manggagawa { $n }
job-form-add-named = Magdagdag ng bumabalik na manggagawa

job-posted-pending = Naisumite na ang job order. Susuriin at aaprubahan ito ng isang opisyal ng bansang pupuntahan.
job-posted-open = Bukas na sa aplikasyon ang job order.
job-done-approved = Naaprubahan na ang job order at bukas na sa aplikasyon.
job-done-sent_back = Ibinalik ang job order sa employer kasama ang iyong dahilan.
job-done-closed = Sarado na ang job order.
job-done-proposed = Natanong na ang manggagawa. Mananatiling pribado ang kanyang profile hangga't hindi siya tumatanggap.
job-see-public = Tingnan ang pahinang nakikita ng mga manggagawa
job-approval = Pag-apruba
job-approval-problems = Nang suriin ngayon ayon sa programa, nilalabag ng job order na ito ang mga patakarang ito:
job-approval-ok = Nang suriin ngayon ayon sa programa, sumusunod ang job order na ito sa lahat ng patakaran.
job-approve = Aprubahan at buksan
job-send-back-reason = Dahilan ng pagbabalik
job-send-back = Ibalik sa employer
job-candidates = Mga aplikasyon
job-candidate = Manggagawa { NUMBER($worker, useGrouping: "false") }
job-no-candidates = Wala pang nag-a-apply.
job-shortlist = Mga pinakaangkop na kandidato
job-shortlist-intro = Mga manggagawang nagparehistro para sa pagtutugma, nakaayos ayon sa kung gaano sila kaangkop. Nananatiling pribado ang mga pangalan; imungkahi ang isang manggagawa at siya ang magpapasya kung mag-a-apply.
job-score = puntos { $score }
job-details-withheld = Hindi ibinabahagi ng manggagawang ito ang kanyang profile sa mga employer; nakatago ang mga dahilan. Maaari mo pa rin siyang imungkahi.
job-propose = Imungkahi ang manggagawang ito
job-already-proposed = Natanong na o nakapag-apply na.
job-close = Isara ang job order na ito
job-close-explained = Wala nang makakapag-apply. Mananatili at magpapatuloy ang mga aplikasyong naisumite na.
job-close-confirm = Naiintindihan ko, isara ito
job-close-confirm-required = Lagyan ng tsek ang kahon para kumpirmahing gusto mong isara ang job order.

## Isang placement, para sa mga namamahala nito
placement-moved = Naitala: { $status }.
placement-worker = Manggagawa
placement-next-steps = Mga susunod na hakbang
placement-record = Itala: { $status }
placement-end-reason = Bakit natapos nang maaga
placement-steps-dated-today = Ngayong araw ang petsa ng bawat hakbang ({ $date }).
placement-record-payment = Magtala ng bayad
placement-payer = Nagbayad
placement-payment-note = Numero ng resibo o tala (opsyonal)
end-employer_breach = Nilabag ng employer ang kontrata
end-worker_choice = Pinili ng manggagawang umalis
end-changed_employer = Lumipat ng employer ang manggagawa
end-health_or_injury = Sakit o pinsala
end-work_ended = Naubos ang trabaho
end-other = Ibang dahilan

## Mga dashboard
dashboard-open-job-orders = Mga bukas na job order
dashboard-pending-job-orders = Mga job order na naghihintay ng pag-apruba
dashboard-closed-job-orders = Mga saradong job order
dashboard-agency = Ang aking agency at ang lisensiya nito
dashboard-pending-approval = Mga job order na aaprubahan
dashboard-placements = Mga placement: visa, pag-alis, pagdating, pag-uwi
dashboard-match-rounds = Mga match round
dashboard-register-worker = Magparehistro ng manggagawa
dashboard-agencies = Mga recruitment agency at ang kanilang mga lisensiya
dashboard-employers = Mga employer
dashboard-audit-log = Audit log
dashboard-users = Mga user
dashboard-statistics = Estadistika
placements-list-title = Mga placement
placements-any-status = Anumang katayuan
placements-filter = Ipakita
placements-count = { $count ->
    [one] { $count } placement
   *[other] { $count } placement
}
placements-none-here = Walang placement dito.

## Sahod, ang halaga sa anyo ng numero ng pahina
wage-per-hour = { $amount } kada oras
wage-per-week = { $amount } kada linggo
wage-per-month = { $amount } kada buwan
wage-per-year = { $amount } kada taon
