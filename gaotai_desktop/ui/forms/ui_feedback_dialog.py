# Generated from forms/feedback_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(620, 440)
        self.mainLayout = QVBoxLayout(FeedbackDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warningLabel = QLabel(FeedbackDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.feedbackOnLabel = QLabel(FeedbackDialog)
        self.feedbackOnLabel.setObjectName(u"feedbackOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.feedbackOnLabel)

        self.feedbackOnEdit = DateEdit(FeedbackDialog)
        self.feedbackOnEdit.setObjectName(u"feedbackOnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.feedbackOnEdit)

        self.textLabel = QLabel(FeedbackDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(FeedbackDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textEdit.setMinimumSize(QSize(0, 140))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.attachmentGroup = QGroupBox(FeedbackDialog)
        self.attachmentGroup.setObjectName(u"attachmentGroup")
        self.attachmentLayout = QHBoxLayout(self.attachmentGroup)
        self.attachmentLayout.setObjectName(u"attachmentLayout")
        self.attachmentList = QListWidget(self.attachmentGroup)
        self.attachmentList.setObjectName(u"attachmentList")
        self.attachmentList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attachmentList.setMaximumSize(QSize(16777215, 96))

        self.attachmentLayout.addWidget(self.attachmentList)

        self.attachmentButtons = QVBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.attachmentGroup)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentGroup)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentLayout.addLayout(self.attachmentButtons)


        self.mainLayout.addWidget(self.attachmentGroup)

        self.hintLabel = QLabel(FeedbackDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.feedbackOnLabel.setBuddy(self.feedbackOnEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.feedbackOnEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.attachmentList)
        QWidget.setTabOrder(self.attachmentList, self.addAttachmentButton)
        QWidget.setTabOrder(self.addAttachmentButton, self.removeAttachmentButton)

        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"\u767b\u8bb0\u6574\u6539\u53cd\u9988", None))
        self.feedbackOnLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u6536\u5230\u65e5\u671f(&T)*", None))
        self.textLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u53cd\u9988\u5185\u5bb9(&C)*", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"\u4f01\u4e1a\u4e66\u9762\u53cd\u9988\uff08\u6574\u6539\u62a5\u544a\u3001\u6574\u6539\u65b9\u6848\uff09\u7684\u4e3b\u8981\u5185\u5bb9", None))
        self.attachmentGroup.setTitle(QCoreApplication.translate("FeedbackDialog", u"\u9644\u4ef6\uff08\u4e66\u9762\u53cd\u9988\u626b\u63cf\u4ef6\u3001\u7167\u7247\uff09", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("FeedbackDialog", u"\u6dfb\u52a0\u9644\u4ef6(&A)\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("FeedbackDialog", u"\u79fb\u9664\u6240\u9009(&X)", None))
        self.hintLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u6536\u5230\u65e5\u671f\u4e3a\u6536\u5230\u4f01\u4e1a\u4e66\u9762\u53cd\u9988\uff08\u4e66\u9762\u6574\u6539\u62a5\u544a\u3001\u6574\u6539\u65b9\u6848\uff09\u4e4b\u65e5\u3002", None))
    # retranslateUi
