"""Given names common outside the US census lists, and East Asian family names.

Written by hand from general knowledge (no external source). The census lists in
given_names.py are US-centred; news names the world, so this adds frequent European,
Slavic, Arabic, African, South Asian and Latin given names. East Asian names put the
family name first ("Xi Jinping", "Kim Jong Un", "Choe Son-hui"), so those family names
are listed too.
"""

MALE = """
Aleksandr Aleksander Alexandre Alexei Alexey Aleksei Anatoly Anatoli Andrei Andrey Andrzej
Anton Antonio Arkady Artem Artur Bogdan Boris Boyko Dmitry Dmitri Dmitriy Evgeny Evgeni
Fyodor Gennady Georgi Georgy Grigory Igor Ilya Ivan Jaroslav Jerzy Jiri Josef Karel Kiril
Kirill Konstantin Lech Leonid Maksim Maxim Mikhail Miroslav Nikolai Nikolay Oleg Oleksandr
Pavel Pavlo Petr Piotr Radoslav Radovan Ramzan Ruslan Sergei Sergey Serhiy Slobodan Stanislav
Sviatoslav Tomasz Vadim Valentin Valery Valeri Vasily Viktor Vitaly Vitali Vladimir Vladislav
Volodymyr Vyacheslav Wojciech Yevgeny Yuri Yury Zbigniew Zoran Dragan Goran Milan Milos Nenad
Predrag Zlatko Zeljko Hrvoje Ante Ivica Franjo Alija Haris Emir Mirko Momir Ratko Zdravko
Abdullah Abdel Abdul Abu Ahmed Ahmet Akbar Ali Amin Amir Anwar Ashraf Ayman Bashar Bilal Faisal
Farid Farouk Fawzi Fuad Gamal Habib Hafez Hamad Hamid Hassan Hosni Hussein Ibrahim Ismail Jamal
Kamal Karim Khaled Khalid Mahmoud Mahmud Mansour Marwan Mehmet Mohamed Mohammad Mohammed
Muhammad Mustafa Nabil Naguib Nasser Nawaz Omar Osama Qaboos Rafik Rashid Recep Saddam Saeed
Said Salah Salim Salman Sami Samir Sharif Tariq Walid Yasser Yusuf Youssef Zayed Ziad Hamza
Benjamin Binyamin Ehud Shimon Yitzhak Ariel Avigdor Moshe Naftali Yair Benny Bibi
Amitabh Arjun Atal Manmohan Narendra Rahul Rajiv Sanjay Sunil Vijay Sachin Sourav Rajesh Anil
Imran Shahid Wasim Waqar Inzamam Javed Pervez Nawaz Asif Zulfikar Arjuna Sanath Aravinda
Jean Jacques Pierre Francois François Philippe Alain Nicolas Laurent Thierry Didier Olivier
Dominique Emmanuel Gerard Gérard Lionel Marcel Michel Patrice Pascal Sylvain Yves Zinedine
Hans Helmut Helmut Jurgen Jürgen Klaus Wolfgang Gerhard Joachim Horst Dieter Uwe Lothar Rudi
Matthias Oliver Bastian Gunter Günter Heinz Karl Franz Markus Stefan Thomas Ulrich Manfred
Giuseppe Giovanni Giorgio Gianni Luigi Marco Massimo Matteo Paolo Roberto Romano Silvio Sergio
Fabio Francesco Alessandro Andrea Fabrizio Gianluca Luca Pierluigi Enrico Mario Carlo Alberto
Jose José Juan Carlos Luis Miguel Jorge Javier Pedro Pablo Fernando Felipe Mariano Alfredo
Emilio Diego Gonzalo Ignacio Joaquin Raul Raúl Ricardo Andres Andrés Hugo Rafael Evo Nicolas
Joao João Paulo Luiz Ronaldo Romario Rivaldo Cafu Jair Lula
Jan Johan Joost Pieter Ruud Dennis Marco Edwin Frank Henk Wim Arjen Guus
Lars Anders Bjorn Björn Sven Nils Magnus Olof Stefan Henrik Jens Mats Ole Tore Erik Per
Jukka Mika Kimi Pekka Sauli Matti Risto
Kofi Kwame Jomo Uhuru Nelson Thabo Jacob Cyril Robert Yoweri Paul Goodluck Olusegun Muhammadu
Haile Meles Abiy Isaias Idriss Laurent Joseph Pierre Blaise Denis Teodoro Omar Salva
Shinzo Junichiro Yoshihiko Fumio Yoshihide Naoto Taro Ichiro Hideki Shigeru
Thaksin Rodrigo Ferdinand Benigno Joko Susilo Mahathir Najib Anwar
Recep Ahmet Abdullah Tayyip Binali Mevlut Mevlüt Hulusi Nuri Kemal Bulent Bülent Mesut
Giorgi Mikheil Eduard Ilham Heydar Serzh Nikol Levon Robert Nursultan Kassym Islam Emomali
Alexis Andreas Antonis Costas Dimitris Giorgos Kostas Konstantinos Nikos Panagiotis Yannis
Viktor Janos János Laszlo László Ferenc Gyula Zoltan Zoltán Lajos Tibor Sandor Sándor
Traian Ion Ilie Gheorghe Nicolae Mircea Klaus Petru Vasile Emil Dorin Florin Gheorghe
Jacinda Kevin Malcolm Tony Scott Anthony John Julia Kim Bob Paul Gough Kerry
Xavier Gaston Hercule Rene René Andre André Raymond Maurice Georges Henri Jules Lucien
Jens Jörg Joerg Rainer Reinhard Dirk Volker Detlef
Sebastian Florian Tobias Mathias Niklas Lukas Jonas Moritz Felix Till Kai Sascha Andreas
Christoph Ralf Rolf Gunnar Henning Holger Hartmut Ingo Armin Frieder Hubertus Wim Kees Ronald
Yuri Iouri Andrei Evgueni Sergiy Oleksiy Andriy Mykola Taras Yevhen Vitali Vladimiro
Hosni Anwar Yasser Mahmoud Abdelaziz Abdelkader Abdelhamid Houari Chadli Habib Zine
Moncef Beji Lakhdar Rachid Driss Mohand Hocine Nouri Jalal Massoud Masoud Mohsen Hashemi
Akbar Ali-Akbar Mir-Hossein Hassan Javad Mojtaba Ebrahim Qasem Nouri Ayad Iyad Jawad Haider
Jalal Masoud Nechirvan Barham Fuad Tareq Tariq Saud Nayef Sultan Turki Bandar Talal Alwaleed
Sanath Aravinda Arjuna Kumar
Sachin Rahul Sourav Anil Javagal Venkatesh Mohammad Wasim Waqar
Inzamam Salim Saeed Rameez Aqib Shoaib Shahid Mudassar Abdul Azhar Mohinder Sunil
Kapil Dilip Navjot Ajay Vinod Manoj Sanjay Sandeep Rohit Virat Ravi Ravindra Ramesh Suresh
Vijay Mahendra Yuvraj Zaheer Harbhajan Gautam Virender Sourav Hansie Jonty Allan Shaun
Gianfranco Gianluigi Alessandro Filippo Pierluigi Attilio Arrigo Cesare Dino Ezio
Fulvio Gianpiero Lamberto Nevio Ottavio Renzo Sandro Walter Zdenek Zdeněk Jaromir Jaromír
Emre Arda Burak Volkan Umit
Mikael Patrik Ulf Leif Kjell Kenneth Fredrik Henrik Niclas Tomas Jonny
Gheorghe Ilie Dorinel Ioan Adrian Marius
Pavel Petr Tomas Tomáš Vaclav Václav Ladislav Lubos Luboš Vratislav Radek Marek Martin
"""

FEMALE = """
Angela Ursula Annalena Theresa Margaret Nicola Liz Kemi Priti Suella Yvette Harriet
Marine Segolene Ségolène Christine Anne Brigitte Rachida Najat Simone Marion Nathalie
Giorgia Federica Elly Emma Chiara Nicoletta Laura Maria Mariya Natalia Natalya Nataliya
Olga Svetlana Tatiana Tatyana Valentina Yulia Yuliya Irina Elena Yelena Ekaterina Yekaterina
Lyudmila Anastasia Galina Oksana Marija Milica Jelena Ivana Dragana Kolinda Vesna
Beata Ewa Hanna Agnieszka Malgorzata Dorota Katarzyna Zuzana Vera Dagmar Alena Jana
Benazir Indira Sonia Priyanka Mamata Mayawati Jayalalithaa Sushma Nirmala Smriti Hasina
Khaleda Aung Yingluck Megawati Corazon Gloria Imelda Leni Sara
Golda Tzipi Ayelet Miri Shelly Hanan Huda Rania Noor Aisha Fatima Zainab Leila Layla Yasmin
Dilma Cristina Michelle Evita Eva Isabel Carmen Dolores Pilar Mercedes Rocio Soraya
Helle Mette Margrethe Erna Sanna Tarja Katrin Kaja Ingrida Dalia Vaira
Ellen Winnie Graca Graça Joyce Ngozi Amina Chimamanda Wangari Samia
Yoko Yuriko Sanae Seiko Tomomi
"""

# Family names that come first in Korean, Chinese and Vietnamese names.
EAST_ASIAN_FAMILY = """
Kim Lee Park Choe Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn
Song Ryu Hong Jeon Ko Moon Mun Yang Son Bae Baek Heo Nam Roh Noh Ri Pak Chun Chung Ban Yoo
Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng
Liang Xie Tang Deng Feng Han Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng
Wei Su Lu Ding Ren Shen Yao Jin Fu Qin Wen Hua Mao Deng Jiang Bo Ho Tsai Lai Ng Wong Chan
Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly
Ouyang Shangguan Sima Zhuge Situ Dongfang Huangfu Murong Xiahou Gongsun Linghu Yuchi Duanmu
Zhangsun Wenren Namgung Hwangbo Seonu Jegal Dokgo
Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương
"""


# (The last line of each block was added in round 7, the same way: Burmese, Khmer, Thai,
# Indonesian and Vietnamese given names that no other list held.)
# Added in a second round, again from general knowledge: given names of West and East
# Africa, the Sahel, Sri Lanka, Bangladesh, Pakistan, Nepal, India and Southeast Asia that
# no other list holds. Every word was checked to be no everyday English word, city or
# country, and to occur in none of the evaluation articles (so no name of theirs is
# taught to the finder).
MALE_MORE = """
Abdoulaye Idrissa Ousmane Modibo Boubacar Seydou Kalidou Sadio Ismaila Aliou Cheikhou
Souleymane Mamady Moctar Mahamadou Mahamane Issoufou Hamidou Oumarou Boureima Adama Bakary
Sekou Sékou Lassana Lassina Babacar Macky Abdou Ibrahima Malick Alassane Sidiki Yacouba
Tiemoko Tiémoko Drissa Karamoko Siaka Mamoudou Assimi Babatunde Olumide Oluwaseun Olusola
Oladipo Olamide Adewale Adebayo Femi Funsho Chidi Chibuike Tochukwu Aminu Atiku Yakubu
Danladi Kipchoge Raila Kalonzo Kizza Bobi Paulin Faustin Getachew Tesfaye Kenenisa Berhanu
Tadesse Yohannes Dawit Mulugeta Tewodros Alemayehu Girma Mesfin Debretsion Abdiweli Sipho
Themba Mmusi Kgalema Bongani Sizwe Tshepo Emmerson Hage Hakainde Lazarus Jakaya Tundu
Dhananjaya Kasun Charith Kusal Dinesh Mahela Lasith Rangana Dimuth Wanindu Dushmantha Pathum
Avishka Niroshan Chamika Lahiru Nuwan Dasun Maheesh Dunith Kamindu Asitha Ranil Gotabaya
Mahinda Namal Sajith Anura Maithripala Dayasiri Wimal Shaheen Fakhar Rizwan Shadab Imad
Usama Shehbaz Bilawal Fawad Mahmood Ishaq Shakib Mushfiqur Tamim Mehidy Litton Najmul Taskin
Mustafizur Mahmudullah Mominul Liton Tarique Obaidul Fakhrul Zillur Khadga Baburam Bidya
Jasprit Ravichandran Shubman Rishabh Shreyas Suryakumar Ishan Yuzvendra Kuldeep Cheteshwar
Ajinkya Shikhar Rajnath Nitin Subrahmanyam Piyush Arvind Jokowi Gibran Anies Ganjar Basuki
Retno Luhut Airlangga Dedi Bacharuddin Muhyiddin Hishammuddin Khairy Rafizi Bongbong Manny
Prayuth Prawit Anutin Srettha Abhisit Chadchart Wissanu Manet Thein Kassym-Jomart Shavkat
Sadyr Gurbanguly Serdar Irakli Zabihullah Hibatullah Sirajuddin Amrullah Gulbuddin Hossein
Mansur Devlet Fuat Abdelmadjid Rached Essam Amr Sameh Tawfik Nayib Inacio
Myo Thant Lwin Phyo Htun Paing Pyae Sithu Nyunt Thwin Hein Khant Thiha Naung Piseth Vichea
Pheakdey Nattapong Apirat Prayut Sutrisno Haryanto Wiranto Cuong Khanh Phong
Sidi
"""

FEMALE_MORE = """
Fatou Aminata Mariama Aissatou Aïssatou Fatoumata Kadiatou Oumou Rokia Salimata Ramatoulaye
Khady Ndeye Adjoa Efua Chidinma Nkechi Folake Funmilayo Bisola Nyokabi Tirunesh Meseret
Genzebe Letesenbet Gudaf Sifan Tigist Mekdes Sahle-Work Birtukan Lindiwe Naledi Zodwa
Phumzile Nkosazana Rokeya Nasreen Taslima Shirin Dipu Sajeda Aseefa Bakhtawar Malala Hina
Sania Bismah Chandrika Sirimavo Hirunika Pavithra Droupadi Pratibha Retno Khofifah Puan Imee
Paetongtarn Ing-wen Bi-khim Kamla
Yadanar Nilar Wint Nandar Pyone Ngwe Chanthou Sreymom Sokunthea Mulyani Lestari
"""

# Given names of either sex (round 16): the Sherpa and Tibetan names of the days of the
# week (Nima Sunday, Dawa Monday, Mingma Tuesday, Lhakpa Wednesday, Phurba Thursday,
# Pasang Friday, Pemba Saturday), given to boys and girls alike, with Tenzing and
# Kami; some are also towns' names (Pemba, Nima), which the city table dropped from the
# generated lists. Checked to occur in none of the evaluation articles.
EITHER_MORE = """
Nima Dawa Mingma Lhakpa Phurba Pasang Pemba Tenzing Kami
"""

# Family names of the same regions (a weak sign, as the surname lists are), checked the
# same way.
SURNAMES_MORE = """
Agyeman Ogbonna Mugisha Tumusiime Byaruhanga Ranasinghe Bandara Rajapaksa Wickremesinghe
Gunawardena Herath Mendis Karunaratne Dissanayake Khawaja Qureshi Hossain Haque Talukdar
Mondal Rathore Traoré Diop Ndiaye Keita Keïta Coulibaly Konate Konaté Toure Touré Cisse
Cissé Kone Koné Ouattara Sangare Sangaré Kamara Condé Sylla Fofana Kaboré Kabore Ouedraogo
Ouédraogo Sawadogo Compaore Compaoré Diarra Dembele Dembélé Sissoko Doumbia Bekele Desalegn
Wolde Tsegaye Gebremariam Gebreselassie Mokoena Molefe Radebe Phiri Mwale Tembo Mulenga
Lungu Mutharika Chakwera Nyirenda Kaunda Hichilema
"""
