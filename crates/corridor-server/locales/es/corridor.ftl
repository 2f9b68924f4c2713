# Páginas de Corridor, español.
app-name = Corridor
app-tagline = Empleos legales en el extranjero, todas las condiciones por escrito, sin comisiones para los trabajadores.
nav-jobs = Empleos
nav-my-placements = Mis solicitudes
nav-dashboard = Panel
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-language = Idioma
signed-in-as = Sesión de { $name } ({ $role })

home-title = Trabajar en el extranjero, con seguridad y justicia
home-intro = Corridor publica empleos ofrecidos bajo acuerdos entre países. Cada empleo muestra el salario, las horas, la vivienda, la atención médica y el viaje de regreso, y quién paga cada costo de contratación. Los trabajadores nunca pagan comisiones de contratación.
home-browse = Ver empleos abiertos
home-check-agency = Verificar una agencia de contratación
home-api = Documentación de la API (OpenAPI)

sign-in-title = Iniciar sesión
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Entrar
sign-in-failed = El correo o la contraseña no son correctos.

jobs-title = Empleos abiertos
jobs-for-you = Empleos abiertos en programas a los que puede acceder
jobs-count = { $count ->
    [one] { $count } oferta de empleo
    [many] { $count } de ofertas de empleo
   *[other] { $count } ofertas de empleo
}
jobs-recommended = Recomendados para usted
jobs-recommended-note = Ordenados según cuánto encajan su ocupación, experiencia, habilidades e idiomas, y si ya trabajó en el programa. Se indica cada motivo.
jobs-none = No hay empleos abiertos para usted en este momento.
jobs-positions = { $count ->
    [one] { $count } puesto
    [many] { $count } de puestos
   *[other] { $count } puestos
}
jobs-starts = Comienza el { $date }, por { $months } meses
jobs-see = Ver todas las condiciones

job-title = Oferta de empleo { NUMBER($id, useGrouping: "false") }
job-programme = Programa
job-corridor = De { $origin } a { $destination }
job-employer = Empleador
job-location = Lugar
job-occupation = Ocupación
job-start = Inicio
job-duration = Duración del contrato
job-months = { $months } meses
job-wage = Salario
job-wage-minimum = El mínimo del programa es { $minimum }.
job-hours = Horas
job-hours-text = { $guaranteed } horas por semana garantizadas, como máximo { $max }
job-housing = Vivienda
job-housing-provided-free = La proporciona el empleador, sin costo.
job-housing-provided-cost = La proporciona el empleador; usted paga { $cost } al mes.
job-housing-not-provided = No se proporciona.
job-medical = Atención médica
medical-none = No se proporciona
medical-insurance = Seguro médico pagado por el empleador
medical-care = Atención médica proporcionada por el empleador
medical-care_and_insurance = Atención médica y seguro médico a cargo del empleador
job-return = Viaje de regreso
job-return-paid = Lo paga el empleador.
job-return-not-paid = No lo paga el empleador.
job-rehire = Recontratación
job-rehire-yes = Quienes completan una colocación tienen prioridad para volver a ser contratados.
job-rehire-no = Sin prioridad de recontratación.
job-social-security = Pensión y seguridad social
job-pathway = Residencia permanente
job-pathway-yes = Este programa puede llevar a la residencia permanente.
job-pathway-no = Este programa no lleva a la residencia permanente.
job-languages = Idiomas necesarios
job-language-level = { $language } con nivel { $level } o superior
job-experience = Experiencia necesaria
job-experience-months = { $months } meses
job-skills = Habilidades necesarias
job-skills-optional = Habilidades que ayudan
job-contract-languages = Contrato disponible en
job-costs = Quién paga los costos de contratación
job-costs-note = Según el principio de que el empleador paga, el trabajador no paga ninguno de estos costos. Si alguien le pide pagar, denúncielo.
job-cost-category = Costo
job-cost-amount = Monto
job-cost-paid-by = Lo paga
job-cost-undeclared = El empleador (el empleador paga)
job-apply = Solicitar este empleo
job-applied = Ya solicitó este empleo.
job-sign-in-to-apply = Inicie sesión como trabajador para solicitarlo.
job-g2g = Acuerdo de gobierno a gobierno

cost-recruitment_service = Comisión por el servicio de contratación
cost-medical = Examen médico
cost-insurance = Seguro
cost-skills_tests = Pruebas de habilidades y de idioma
cost-training_orientation = Capacitación y orientación previa a la partida
cost-equipment = Equipo
cost-travel_lodging = Viaje y alojamiento
cost-visa_administrative = Visa y trámites administrativos

party-worker = Trabajador
party-employer = Empleador
party-agency = Agencia de contratación
party-government = Gobierno
party-third_party = Otra persona

placements-title = Mis solicitudes
placements-none = Todavía no ha solicitado ningún empleo.
placement-title = Solicitud { NUMBER($id, useGrouping: "false") }
placement-status = Estado
placement-timeline = Cronología
placement-job = Empleo

status-applied = Solicitado
status-shortlisted = Preseleccionado
status-selected = Seleccionado
status-contract_signed = Contrato firmado
status-orientation_done = Orientación previa a la partida completada
status-visa_issued = Visa emitida
status-departed = Salió del país
status-arrived = Llegó
status-employed = Trabajando
status-completed = Contrato completado
status-returned = Regresó a casa
status-withdrawn = Retirado
status-rejected = No seleccionado
status-ended_early = Terminó antes de tiempo

dashboard-title = Panel
dashboard-programmes = Programas
dashboard-job-orders = Ofertas de empleo
dashboard-violations = Infracciones de comisiones denunciadas
dashboard-researcher = Los investigadores solo ven estadísticas agregadas y protegidas; ningún registro personal.

error-title = Algo no está bien
error-not-found = Esta página no existe.
error-forbidden = No tiene permiso para ver esta página.
error-back = Volver al inicio

footer-data = Ocupaciones y habilidades: ESCO (© Unión Europea, CC BY 4.0). Salvaguardias del personal de salud: OMS (2023).

# Estadísticas (base de evidencia)
home-stats = Estadísticas: trabajadores migrantes en el extranjero, flujos, brechas laborales, cobros
dashboard-stats = Abrir las estadísticas: cuadros y gráficos protegidos, con descargas en CSV, JSON y SDMX
stats-title = Estadísticas
stats-intro = Cifras de los propios registros de Corridor sobre colocaciones, ofertas de empleo, trabajadores inscritos y el registro de cobros. Cada cifra muestra a su lado su fuente, definición, método e incertidumbre. Nunca se muestra un registro personal: una cifra basada en menos de { $min } personas se oculta, junto con las necesarias para que no pueda deducirse de los totales.
stats-all-figures = Todas las cifras
stats-api = Cada cuadro también está disponible en la API (/api/v1/stats) en JSON, CSV y SDMX-CSV.
stats-source = Fuente
stats-reference = Referencia
stats-reference-date = al { $date }
stats-reference-period = del { $from } al { $to }
stats-definition = Definición
stats-method = Método
stats-unit = Unidad
stats-uncertainty = Incertidumbre
stats-disclosure = Control de divulgación
stats-disclosure-text = Se ocultan las celdas basadas en menos de { $min } personas: { $primary } aquí, y { $secondary } más para que ninguna pueda deducirse de los totales.
stats-not-additive = Estas celdas no suman sus totales: cada total se calcula directamente.
stats-uncertainty-complete = Recuento completo de registros administrativos: sin error de muestreo. No se cuantifican los errores de registro ni las anotaciones tardías.
stats-uncertainty-replicates = Errores estándar con pesos replicados; ± es el margen de error al 90 %; un CV superior al 30 % se marca como poco fiable.
stats-uncertainty-none = Para esta fuente no puede calcularse un error estándar.
stats-download = Descargar
stats-withheld = oculto
stats-withheld-primary = oculto: menos de { $min } personas
stats-withheld-secondary = oculto para proteger otra celda
stats-not-defined = no definido (sin casos)
stats-unreliable = poco fiable (CV superior al 30 %)
stats-total = Total
stats-unknown = Desconocido
stats-value = Valor
stats-status = Estado
stats-chart = Gráfico
stats-show = Mostrar
stats-cross = Cruzar por
stats-date = Fecha
stats-from = Desde
stats-to = Hasta
stats-period = Periodo
stats-period-hint = Un año (2025), un trimestre (2025-Q1) o un mes (2025-03)
stats-date-hint = El último día de un mes
stats-busy = El servicio de estadísticas está ocupado calculando otras tablas. Las tablas ya calculadas se muestran de inmediato; vuelva a intentarlo en unos segundos.
stats-too-many = Ha pedido muchas tablas nuevas en poco tiempo. Espere un momento y vuelva a intentarlo.
stats-calendar-periods = Se publica solo por meses, trimestres y años naturales, cada uno extraído de una única tabla protegida del año completo, de modo que ninguna resta entre tablas publicadas revele un grupo pequeño.
stats-bad-request = No se puede elaborar este cuadro: { $reason }
stats-more = Detalles, otros cruces y descargas
stats-unit-PS = personas
stats-unit-POS = puestos
stats-unit-PT = proporción (por ciento)
stats-unit-DAYS = días
stats-unit-NUM = pagos
stats-unit-MINOR_UNITS = unidades menores de la moneda (centavos)

stats-dim-corridor = Corredor
stats-dim-origin = País de origen
stats-dim-destination = País de destino
stats-dim-programme = Programa
stats-dim-isco1 = Ocupación (gran grupo CIUO-08)
stats-dim-isco2 = Ocupación (subgrupo principal CIUO-08)
stats-dim-sex = Sexo
stats-dim-age = Grupo de edad
stats-dim-month = Mes
stats-dim-quarter = Trimestre
stats-dim-year = Año
stats-dim-end_reason = Motivo del fin anticipado
stats-dim-currency = Moneda
stats-dim-fee_category = Categoría del cobro (OIT 2019)
stats-dim-payer = Quién pagó
stats-dim-un_duration = Duración de la estancia (ONU 1998)
stats-dim-country_of_birth = País de nacimiento
stats-dim-geography = Zona

stats-code-F = Mujeres
stats-code-M = Hombres
stats-code-O = Otro
stats-code-EMPLOYER_BREACH = El empleador incumplió el contrato
stats-code-WORKER_CHOICE = Decisión del trabajador
stats-code-CHANGED_EMPLOYER = Cambio de empleador
stats-code-HEALTH = Enfermedad o lesión
stats-code-WORK_ENDED = Se acabó el trabajo
stats-code-OTHER = Otro motivo
stats-code-WORKER = Trabajador
stats-code-EMPLOYER = Empleador
stats-code-AGENCY = Agencia de reclutamiento
stats-code-GOVERNMENT = Gobierno
stats-code-THIRD_PARTY = Otra persona
stats-code-RECRUITMENT_SERVICE = Tarifa del servicio de reclutamiento
stats-code-MEDICAL = Gastos médicos
stats-code-INSURANCE = Seguro
stats-code-SKILLS_TESTS = Pruebas de competencias
stats-code-TRAINING_ORIENTATION = Formación y orientación
stats-code-EQUIPMENT = Equipo
stats-code-TRAVEL_LODGING = Viaje y alojamiento
stats-code-VISA_ADMINISTRATIVE = Visados y gastos administrativos
stats-code-BRIBE = Soborno
stats-code-KICKBACK = Comisión ilícita
stats-code-BOND = Fianza o depósito
stats-code-COLLATERAL = Garantía
stats-code-LONG_TERM = Larga duración (12 meses o más)
stats-code-SHORT_TERM = Corta duración (de 3 a 12 meses)
stats-code-UNDER_3M = Menos de 3 meses

stats-fig-stock-abroad-title = Trabajadores en el extranjero
stats-fig-stock-abroad-definition = Trabajadores colocados en el extranjero mediante programas de Corridor que han partido y, en la fecha de referencia, no han regresado ni terminado antes de tiempo su empleo. Una estancia de 12 meses o más es de larga duración, de 3 a 12 meses de corta duración (ONU 1998), según el contrato previsto.
stats-fig-stock-abroad-method = Recuento de colocaciones con salida en la fecha o antes y sin regreso ni fin anticipado para entonces; por periodo, al último día de cada periodo.
stats-fig-departures-title = Salidas
stats-fig-departures-definition = Trabajadores que salen de su país de origen para un empleo en un programa de Corridor (un flujo).
stats-fig-departures-method = Recuento de los eventos de salida fechados en el periodo.
stats-fig-returns-title = Regresos
stats-fig-returns-definition = Trabajadores que vuelven a su país de origen tras una colocación (un flujo).
stats-fig-returns-method = Recuento de los eventos de regreso fechados en el periodo.
stats-fig-early-endings-title = Empleos terminados antes de tiempo
stats-fig-early-endings-definition = Colocaciones cuyo empleo terminó antes del fin del contrato, según el motivo registrado.
stats-fig-early-endings-method = Recuento de los eventos de fin anticipado fechados en el periodo.
stats-fig-demand-title = Demanda: puestos en ofertas abiertas
stats-fig-demand-definition = Puestos de ofertas de empleo aprobadas, publicadas en la fecha o antes y aún no cerradas. Corridor no registra el día en que se cerró una oferta: una oferta cerrada cuenta hasta su primer día de trabajo.
stats-fig-demand-method = Suma de los puestos de las ofertas abiertas en la fecha.
stats-fig-supply-title = Oferta: trabajadores elegibles disponibles
stats-fig-supply-definition = Trabajadores inscritos disponibles en la fecha que pueden acceder a un programa (una ciudadanía o residencia en su país de origen y una ocupación que cubre). Solo se cuentan quienes consintieron figurar en estadísticas.
stats-fig-supply-method = Trabajadores distintos; quien es elegible para varios programas u ocupaciones cuenta una vez en cada uno y una vez en cada total.
stats-fig-gap-title = Brecha: demanda menos oferta
stats-fig-gap-definition = Puestos en ofertas abiertas menos trabajadores elegibles disponibles; un valor positivo indica más puestos que trabajadores elegibles.
stats-fig-gap-method = Demanda menos oferta, celda por celda, en la fecha.
stats-fig-fill-rate-title = Tasa de cobertura de las ofertas
stats-fig-fill-rate-definition = Trabajadores que partieron por puesto, para las ofertas publicadas en el periodo.
stats-fig-fill-rate-method = Colocaciones con salida sobre puestos, ofertas publicadas en el periodo, según lo registrado al elaborar el cuadro.
stats-fig-days-to-departure-median-title = Días de la oferta a la salida (mediana)
stats-fig-days-to-departure-median-definition = Días entre la publicación de una oferta y la salida de un trabajador para ella, para las salidas del periodo.
stats-fig-days-to-departure-median-method = Mediana por interpolación lineal (tipo 7).
stats-fig-days-to-departure-p90-title = Días de la oferta a la salida (percentil 90)
stats-fig-days-to-departure-p90-definition = Días entre la publicación de una oferta y la salida de un trabajador para ella, para las salidas del periodo.
stats-fig-days-to-departure-p90-method = Percentil 90 por interpolación lineal (tipo 7): nueve de cada diez salidas tardaron como mucho esto.
stats-fig-fee-violations-title = Cobros indebidos
stats-fig-fee-violations-definition = Pagos del registro de cobros que incumplieron las normas de contratación equitativa: un trabajador que paga una comisión de contratación o gasto conexo, o cualquier soborno, comisión ilícita, fianza o garantía (definición de la OIT de 2019).
stats-fig-fee-violations-method = Recuento de los pagos indebidos fechados en el periodo.
stats-fig-fee-violation-amount-paid-by-workers-title = Cobros que se hicieron pagar a los trabajadores
stats-fig-fee-violation-amount-paid-by-workers-definition = Pagos indebidos hechos por trabajadores (definición de la OIT de 2019), por moneda.
stats-fig-fee-violation-amount-paid-by-workers-method = Suma en unidades menores (centavos) de los pagos indebidos de trabajadores fechados en el periodo; las monedas nunca se convierten ni se suman.
stats-fig-return-rate-title = Tasa de regreso
stats-fig-return-rate-definition = De las colocaciones cuyo empleo terminó en el periodo (completado o antes de tiempo), la proporción con regreso a casa registrado.
stats-fig-return-rate-method = Colocaciones terminadas con evento de regreso sobre todas las terminadas.
stats-fig-rehire-rate-title = Tasa de recontratación
stats-fig-rehire-rate-definition = De las salidas del periodo, la proporción de trabajadores que habían completado una colocación anterior: el historial laboral comprobado en acción.
stats-fig-rehire-rate-method = Salidas de trabajadores con una colocación anterior completada sobre todas las salidas del periodo.

# Por qué se recomienda una oferta: una línea por parte de la puntuación
# (términos de la CIUO-08: gran grupo, subgrupo principal, subgrupo, grupo primario).
why-same-occupation = misma ocupación: { $occupation }
why-same-unit-group = mismo grupo primario { $group }
why-same-minor-group = mismo subgrupo { $group }
why-same-sub-major-group = mismo subgrupo principal { $group }
why-same-major-group = mismo gran grupo { $group }
why-unrelated = ninguna ocupación relacionada
why-required-skills = { $held } de { $of } competencias requeridas
why-optional-skills = { $held } de { $of } competencias opcionales
why-language = { $language } { $has }, se requiere { $needs }
why-experience = { $years ->
    [0] { $months ->
        [one] 1 mes
        [many] { $months } de meses
       *[other] { $months } meses
    }
    [one] { $months ->
        [0] 1 año
        [one] 1 año y 1 mes
        [many] 1 año y { $months } meses
       *[other] 1 año y { $months } meses
    }
    [many] { $months ->
        [0] { $years } de años
        [one] { $years } de años y 1 mes
        [many] { $years } de años y { $months } meses
       *[other] { $years } de años y { $months } meses
    }
   *[other] { $months ->
        [0] { $years } años
        [one] { $years } años y 1 mes
        [many] { $years } años y { $months } meses
       *[other] { $years } años y { $months } meses
    }
} de experiencia en el grupo ocupacional
why-available-whole = disponible durante todo el contrato
why-available-part = disponible { $covered } de { $days } días del contrato
why-returning = trabajador que regresa: prioridad
why-returning-same-employer = trabajador que regresa: prioridad, mismo empleador
why-named = solicitado por nombre por el empleador
why-preference = prefiere este programa o destino ({ $destination })
