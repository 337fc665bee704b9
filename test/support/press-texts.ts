// Texts of prosecutions in several countries and scripts, written as the press and rights groups write them (the
// names are not of real people): each for what a careful researcher would record from it alone.

export const KYRGYZ_URGENT_ACTION = [
  'URGENT ACTION',
  'KYRGYZSTAN: RELEASE JOURNALIST AZAMAT TOKTOSUNOV',
  '',
  'Azamat Toktosunov, an investigative journalist with the independent outlet Kyrgyz Dialog, was detained by ' +
    'officers of the State Committee for National Security (GKNB) in Bishkek on 16 January 2024. Two days later, ' +
    'on 18 January, the Pervomaisky District Court of Bishkek remanded him in custody for two months. He is ' +
    'charged under Article 278(3) of the Criminal Code ("calls for mass riots") over a video report on rising ' +
    'food prices. On 14 March 2024 the court extended his detention until 16 May. His lawyer, Nurlan Abdyldaev, ' +
    'says Azamat Toktosunov has been denied medication in the GKNB pre-trial detention centre. The investigation ' +
    'claims that his reports "incited people to disobey the lawful demands of the authorities". If convicted, he ' +
    'faces up to eight years in prison. The first trial hearing is set for 27 May 2024.',
  '',
  'TAKE ACTION: Write to the Prosecutor General of Kyrgyzstan urging him to release Azamat Toktosunov ' +
    'immediately and unconditionally and to drop all charges against him, as he is held solely for his ' +
    'peaceful journalistic work. Amnesty International considers him a prisoner of conscience.',
].join('\n');

export const URALSK_ACTIVIST = [
  'Активиста из Уральска перевели из-под домашнего ареста в СИЗО',
  '',
  'Гражданского активиста из Уральска Нуржана Кабдулова обвиняют в разжигании социальной розни (ч. 1 ст. 174 ' +
    'УК РК). Об этом Власти сообщила его супруга Гульнара Кабдулова. По её словам, 2 февраля 2024 года ' +
    'сотрудники Департамента полиции Западно-Казахстанской области провели обыск в квартире активиста и ' +
    'задержали его. 4 февраля следственный суд Уральска поместил Кабдулова под домашний арест сроком на два ' +
    'месяца. По версии следствия, в своих публикациях в Facebook Кабдулов унижал достоинство граждан по ' +
    'национальному признаку. 28 марта суд изменил меру пресечения на содержание под стражей: прокурор заявил, ' +
    'что активист нарушил условия домашнего ареста, дав интервью журналистам. Сейчас Кабдулов находится в ' +
    'СИЗО Уральска. Кабдулов является членом незарегистрированного движения «Еркін Орал». Свою вину он не ' +
    'признаёт. Адвокат Ерлан Жумабаев обжаловал решение суда; заседание в областном суде назначено на 10 апреля.',
].join('\n');

export const ZHANAOZEN_TRIAL = [
  'Жаңаөзендік белсендінің ісі сотта қаралып жатыр',
  '',
  'Жаңаөзен қалалық сотында белсенді Айдос Серікбаевтың ісі бойынша сот процесі 2024 жылғы 12 ақпанда ' +
    'басталды. Серікбаев ҚК-нің 272-бабының 2-бөлігі (жаппай тәртіпсіздіктерге қатысу) және 380-бабы (билік ' +
    'өкіліне қатысты күш қолдану) бойынша айыпталып отыр. Айыптау тарабының мәліметінше, ол 2022 жылғы ' +
    'қаңтар оқиғасы кезінде полиция қызметкеріне тас лақтырған. Белсенді 2023 жылғы 20 қарашада ұсталып, ' +
    'содан бері күзетпен ұстауда отыр. Серікбаев кінәсін мойындамайды. Оның адвокаты Гүлнар Төлегенова ' +
    'істің саяси астары бар екенін айтты. Сот залына белсендінің туыстары мен журналистер кіргізілмеді, ' +
    'ал оның жақтастары сот ғимаратының алдында жиналды. Айыпталушы тергеу изоляторында денсаулығы ' +
    'нашарлағанын мәлімдеді. Прокурор оған жеті жыл бас бостандығынан айыру жазасын ' +
    'тағайындауды сұрады. Келесі сот отырысы 2024 жылғы 26 ақпанға белгіленген.',
].join('\n');

export const DUSHANBE_LAWYER = [
  'Tajikistan: Lawyer Sentenced to 10 Years After Closed Trial',
  '',
  'Dushanbe, 14 November 2023 — A court in Dushanbe has sentenced human rights lawyer Farrukh Nazarov to ten ' +
    'years in prison on charges of "public calls for extremist activity" (Article 307.1(2) of the Criminal Code) ' +
    'and "fraud" (Article 247(4)). The trial at the Shohmansur District Court was held behind closed doors; the ' +
    'verdict was announced on 10 November. Nazarov was arrested on 3 June 2023 after he agreed to represent ' +
    'relatives of residents of Gorno-Badakhshan detained in 2022. According to the prosecution, he posted ' +
    'messages on a Telegram channel that "justified the actions of extremist groups." His family told ' +
    'reporters he was beaten in the State Committee for National Security detention centre. His appeal will ' +
    'be heard by the Dushanbe City Court on 19 December 2023. Nazarov is the fifth lawyer imprisoned in ' +
    'Tajikistan since 2015.',
].join('\n');

export const GRODNO_JOURNALIST = [
  'Журналистку из Гродно приговорили к четырём годам колонии',
  '',
  'Суд Ленинского района Гродно 22 января 2024 года вынес приговор журналистке Ксении Лапицкой. Её признали ' +
    'виновной по ч. 1 ст. 361-1 УК (создание экстремистского формирования либо участие в нём) и ст. 130 УК ' +
    '(разжигание вражды) и приговорили к четырём годам колонии общего режима. Процесс проходил в закрытом ' +
    'режиме. Лапицкую задержали 9 августа 2023 года сотрудники ГУБОПиК, через три дня её перевели в СИЗО №1 ' +
    'Гродно. По версии обвинения, журналистка передавала фотографии в телеграм-канал, признанный ' +
    '«экстремистским формированием». Правозащитный центр «Весна» признал её политзаключённой. 26 марта 2024 ' +
    'года Гродненский областной суд оставил приговор без изменения, а апелляционную жалобу — без ' +
    'удовлетворения. Сейчас она отбывает наказание в исправительной колонии №4 в Гомеле. По данным «Весны», ' +
    'в Беларуси остаются за решёткой более тридцати работников СМИ. До ареста Лапицкая работала корреспондентом издания «Гродно Плюс».',
].join('\n');

export const ALMATY_BLOGGER = [
  'Kazakhstan: Charges Against Blogger Revived Months After Being Dropped',
  '',
  'Almaty blogger Timur Sadvakasov is again facing prosecution for "disseminating knowingly false information" ' +
    'under Article 274 of the Criminal Code, his lawyer said on 2 October 2024. Sadvakasov was first charged ' +
    "on 11 March 2024 over a Facebook post alleging corruption in the city's akimat. He spent a month under " +
    'house arrest. On 24 May the Almaty Police Department dropped the case for lack of evidence, and the ' +
    "restrictions were lifted. However, on 27 September the Almaty City Prosecutor's Office overturned that " +
    'decision and the charge was re-filed. Investigators also charged him with "insulting a representative of ' +
    'the authorities" (Article 378). Sadvakasov has been placed under a travel ban. According to the ' +
    'prosecutor\'s office, the blogger "knowingly spread fabricated claims about officials". "I have done ' +
    'nothing but ask questions," Sadvakasov told reporters.',
].join('\n');

export const SHYMKENT_ACTIVIST = [
  "Shymkent activist's trial postponed again",
  '',
  'Posted 18.04.2024',
  '',
  'The trial of Shymkent civic activist Gaukhar Yermekova, charged with "violating the procedure for organizing ' +
    'and holding peaceful assemblies" (Article 400 of the Criminal Code), was postponed last week after the ' +
    'prosecutor failed to appear. Yermekova was detained on 5 March, two days after she led a small rally ' +
    'outside the regional akimat, and was formally charged on 07.03.2024. In March 2024 the Al-Farabi District ' +
    'Court of Shymkent placed her under house arrest for one month; the term was later extended. Her trial ' +
    'opened on 2 April. The prosecution claims that she "called on residents to gather without permission" in ' +
    'a WhatsApp group. The next hearing is scheduled for 25.04.2024. Yermekova had already been fined in the ' +
    'spring of 2023 for an unauthorised picket. Her supporters say she has now spent more than six weeks ' +
    'under house arrest.',
].join('\n');

export const BAKU_JOURNALISTS = [
  'Azerbaijan: Two Journalists of Toplum TV Remanded on Smuggling Charges',
  '',
  'Baku, 9 March 2024 — The Khatai District Court in Baku on 8 March ordered two journalists of the ' +
    'independent online channel Toplum TV, Ramin Aliyev and Leyla Hasanova, to be held in pre-trial detention ' +
    "for four months. Both were detained on 6 March after police searched the channel's office. They are " +
    'charged with smuggling by a group of persons acting in collusion under Article 206.3.2 of the Criminal ' +
    'Code, which carries up to eight years in prison. Hasanova was also charged under Article 192.3.2 (illegal ' +
    'entrepreneurship). According to the Baku City Main Police Department, the journalists "received foreign ' +
    'funds through illegal channels". Toplum TV\'s founder, Elshan Mammadli, said the charges were retaliation ' +
    "for the channel's reporting on corruption. The Baku Court of Appeal will consider their appeal against " +
    'detention on 20 March.',
].join('\n');

export const AKTOBE_KK = [
  'Ақтөбелік журналисттің қамауда ұстау мерзімі тағы екі айға ұзартылды',
  '',
  'Ақтөбе, 2024 жылғы 18 сәуір. «Ақтөбе Үні» интернет-басылымының тілшісі Дәурен Мұхтаров 2024 жылғы 16 ' +
    'ақпанда Ақтөбе облысы бойынша Полиция департаментінің қызметкерлерімен ұсталды. Оған ҚК-нің 274-бабының ' +
    '2-бөлігі (жалған ақпарат тарату) бойынша айып тағылды. 2024 жылғы 18 ақпанда Ақтөбе қаласының тергеу соты ' +
    'оны екі ай мерзімге күзетпен ұстауға қамады. 2024 жылғы 15 сәуірде сот бұлтартпау шарасының мерзімін тағы ' +
    'екі айға, 16 маусымға дейін ұзартты. Тергеу нұсқасы бойынша, Мұхтаров Telegram-арнасында облыс әкімдігінің ' +
    'қызметкерлері туралы жалған мәлімет жариялаған. Журналист кінәсін мойындамайды. Оның адвокаты Сәуле ' +
    'Бекмағамбетова қорғау тарапы бұл шешімге облыстық сотқа шағым бергенін айтты. Шағым 2024 жылғы 25 сәуірде ' +
    'қаралады. Мұхтаров қазір Ақтөбе қаласының тергеу изоляторында отыр. Әріптестері оның ісі саяси себептерге ' +
    'байланысты екенін айтып, журналисті босатуды талап етті.',
].join('\n');

export const KARAGANDA_RU = [
  'Апелляция отменила оправдательный приговор активистке из Караганды',
  '',
  '12.09.2023 специализированный межрайонный суд по уголовным делам Карагандинской области оправдал активистку ' +
    'Жанар Сулейменову, которую обвиняли в распространении заведомо ложной информации (ч. 2 ст. 274 УК РК). Суд ' +
    'не нашёл в её действиях состава преступления. Однако прокурор опротестовал приговор, и 14.11.2023 судебная ' +
    'коллегия по уголовным делам Карагандинского областного суда отменила оправдательный приговор и вынесла ' +
    'новый: Сулейменова признана виновной и приговорена к двум годам ограничения свободы. По версии обвинения, ' +
    'в сентябре 2022 года она опубликовала в Instagram видео, в котором утверждала, что власти скрывают число ' +
    'погибших при пожаре на шахте. Активистку задержали в сентябре 2022 года, а с 21.09.2022 она находилась под ' +
    'домашним арестом вплоть до оправдательного приговора. Сулейменова является членом незарегистрированного ' +
    'движения «Болашақ Қарағанды». Её адвокат Арман Тасболатов заявил, что подаст кассационную жалобу в ' +
    'Верховный суд.',
].join('\n');

export const NUKUS_BLOGGER = [
  'Uzbekistan: Blogger Convicted Over Posts on Karakalpakstan',
  '',
  '(Berlin, June 12, 2024) – An Uzbek court on June 7, 2024, convicted the blogger Sherzod Rakhimov of ' +
    'insulting the president and sentenced him to three years of restricted freedom, Human Rights Watch said ' +
    'today. Uzbek authorities should quash the conviction and end their crackdown on online criticism.',
  '',
  'Rakhimov, 34, who runs the Telegram channel "Nukus Voice," was arrested on January 19 in Nukus by officers ' +
    'of the State Security Service (SGB). Investigators initially charged him with "threatening the ' +
    'constitutional order" under article 159(3) of the Criminal Code, which carries up to 10 years in prison. ' +
    'On April 2, the prosecutor reclassified the charge as "insulting the president" under article 158(3), a ' +
    'lesser offense, and the Nukus District Court released him from pretrial detention after nearly two and a ' +
    'half months in custody.',
  '',
  'The prosecution alleged that Rakhimov\'s posts "discredited the leadership of the country" by questioning ' +
    'the official death toll of the July 2022 protests in Karakalpakstan. Under his sentence, Rakhimov must ' +
    'stay home between 8 p.m. and 6 a.m. and may not leave Nukus. His lawyer, Dilfuza Karimova, said he would ' +
    'appeal. The Supreme Court of Karakalpakstan is scheduled to hear the appeal on July 15.',
  '',
  '"Sherzod Rakhimov should never have been prosecuted for his posts," said Anna Keller, senior Central Asia ' +
    'researcher at Human Rights Watch.',
].join('\n');

export const PSKOV_TEACHER = [
  'Учительницу музыки из Пскова оштрафовали за «дискредитацию» армии',
  '',
  'Псковский городской суд 4 апреля 2024 года признал 52-летнюю учительницу музыки Елену Смородину виновной ' +
    'в повторной дискредитации армии (ч. 2 ст. 280.3 УК РФ) и назначил ей штраф в размере 150 тысяч рублей. ' +
    'Гособвинение просило для неё два года лишения свободы. Уголовное дело возбудили в октябре 2023 года после ' +
    'того, как Смородина разместила во «ВКонтакте» запись с призывом «остановить войну». Ранее, в июне 2023 ' +
    'года, её уже штрафовали по административной статье 20.3.3 КоАП за антивоенный плакат. По версии ' +
    'следствия, публикация «была направлена на формирование негативного отношения к Вооружённым силам». В ходе ' +
    'следствия Смородина находилась под подпиской о невыезде. 27 июня 2024 года Псковский областной суд ' +
    'оставил приговор без изменений. Защитник Смородиной Игорь Лаптев сообщил «ОВД-Инфо», что подаст ' +
    'кассационную жалобу в Третий кассационный суд общей юрисдикции. Сама Смородина вину не признала: «Я ' +
    'просто хотела, чтобы люди перестали гибнуть», — сказала она в последнем слове.',
].join('\n');

export const ALMATY_UNIONIST = [
  'Профсоюзного активиста перевели из СИЗО под домашний арест',
  '',
  'Алматы, 3 марта 2024 — Медеуский районный суд Алматы 1 марта изменил меру пресечения профсоюзному ' +
    'активисту Бахытжану Сагынбаеву с содержания под стражей на домашний арест. Сагынбаев, председатель ' +
    'независимого профсоюза «Еңбек Жолы», провёл в СИЗО почти четыре месяца: его задержали 6 ноября 2023 года, ' +
    'а 8 ноября суд санкционировал арест. Ему вменялись призывы к продолжению участия в забастовке, признанной ' +
    'судом незаконной (ч. 1 ст. 402 УК РК), и разжигание социальной розни (ч. 1 ст. 174 УК РК). 20 февраля ' +
    'следователь прекратил уголовное преследование по ст. 174 за отсутствием состава преступления, обвинение ' +
    'по ст. 402 осталось в силе, и дело направлено в суд. Прокуратура города Алматы утверждает, что Сагынбаев ' +
    '«призывал работников продолжать забастовку после решения суда». Сам активист вину не признаёт. Первое ' +
    'заседание по существу назначено на 14 марта. Адвокат активиста Динара Есенова считает, что преследование ' +
    'связано с его работой в профсоюзе.',
].join('\n');
